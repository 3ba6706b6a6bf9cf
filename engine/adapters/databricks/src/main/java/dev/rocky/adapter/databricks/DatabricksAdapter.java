package dev.rocky.adapter.databricks;

import com.databricks.sdk.service.sql.ListQueriesResponse;
import com.databricks.sdk.service.sql.ListQueryHistoryRequest;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.Grant;
import dev.rocky.core.port.QueryHistoryEntry;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.port.WarehouseCapability;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypedColumn;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A Databricks SQL warehouse, driven through the SQL Statement Execution API of the Databricks SDK
 * for Java. Stateless on the server side, so safe to share between threads; statements in flight
 * are bounded by an adaptive limit ({@link #concurrencyLimit()}). The SDK client is built on the
 * first statement, never in the constructor: building it may call the workspace.
 *
 * <p>{@link #forModel} gives a view whose statements carry a {@code rocky_model} query tag and whose
 * errors name the model. Databricks SQL has no multi-statement transactions: {@link
 * #executeInTransaction} runs a single statement (atomic on Delta) and refuses several.
 */
public final class DatabricksAdapter implements WarehouseAdapter {
  private static final System.Logger LOG = System.getLogger(DatabricksAdapter.class.getName());
  private static final Set<WarehouseCapability> CAPABILITIES = Set.copyOf(EnumSet.allOf(WarehouseCapability.class));

  private final Engine engine;
  private final @Nullable String model;

  private DatabricksAdapter(Engine engine, @Nullable String model) {
    this.engine = engine;
    this.model = model;
  }

  /** An adapter on {@code config}; nothing is sent until the first statement. */
  public static DatabricksAdapter open(DatabricksConfig config) {
    return create(config, () -> SdkStatementClient.create(config), Sleeper.SYSTEM, System::nanoTime,
        () -> ThreadLocalRandom.current().nextDouble());
  }

  static DatabricksAdapter create(DatabricksConfig config, Supplier<StatementClient> client, Sleeper sleeper,
      LongSupplier nanoTime, DoubleSupplier random) {
    return new DatabricksAdapter(new Engine(config, client, sleeper, nanoTime, random), null);
  }

  /** A view of this adapter whose statements are tagged with, and whose errors name, {@code model}. */
  @Override
  public DatabricksAdapter forModel(String modelName) {
    return new DatabricksAdapter(engine, Objects.requireNonNull(modelName, "modelName"));
  }

  /** How many statements may be in flight now (adapts to throttling). */
  public int concurrencyLimit() {
    return engine.concurrency.limit();
  }

  /** Whether the SDK client has been built (it is built by the first statement). */
  public boolean clientBuilt() {
    return engine.client.isBuilt();
  }

  public DatabricksConfig config() {
    return engine.config;
  }

  @Override
  public Dialect dialect() {
    return Dialect.DATABRICKS;
  }

  @Override
  public Set<WarehouseCapability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ExecutionResult execute(String sql) {
    return DatabricksResults.execution(run(new SqlRequest(sql, List.of(), model, "running a statement")));
  }

  @Override
  public QueryResult query(String sql) {
    return DatabricksResults.query(run(new SqlRequest(sql, List.of(), model, "running a query")));
  }

  /** {@code EXPLAIN COST}: the optimizer's row counts and sizes ({@link DatabricksExplain}). */
  @Override
  public dev.rocky.core.port.QueryEstimate explain(String query) {
    QueryResult plan = DatabricksResults.query(run(new SqlRequest(DatabricksExplain.sql(query), List.of(), model,
        "explaining a query")));
    Object text = plan.rowCount() == 0 ? null : plan.rows().getFirst().getFirst();
    return DatabricksExplain.parse(text == null ? "" : text.toString());
  }

  @Override
  public Optional<List<TypedColumn>> describeTable(TargetRef table) {
    ensureOpen(context("describing " + table.qualifiedName()));
    return engine.catalog.describe(withCatalog(table));
  }

  @Override
  public boolean tableExists(TargetRef table) {
    ensureOpen(context("looking up " + table.qualifiedName()));
    return engine.catalog.exists(withCatalog(table));
  }

  @Override
  public List<String> listSchemas() {
    ensureOpen(context("listing schemas"));
    return engine.catalog.schemas(engine.config.catalog());
  }

  @Override
  public List<TargetRef> listTables(String schema) {
    ensureOpen(context("listing tables"));
    return engine.catalog.tables(engine.config.catalog(), schema).stream()
        .map(t -> new TargetRef(null, t.schema(), t.table())).toList();
  }

  @Override
  public void executeInTransaction(List<String> sqls) {
    if (sqls.size() > 1) {
      throw engine.errors.noTransactions(context("running a transaction"), sqls.size());
    }
    sqls.forEach(this::execute);
  }

  @Override
  public void cloneTable(TargetRef source, TargetRef target) {
    run(new SqlRequest(DatabricksSql.shallowClone(source, target), List.of(), model, "cloning " + source.qualifiedName()));
  }

  @Override
  public QueryResult readTableAsOf(TargetRef table, Instant asOf) {
    return DatabricksResults.query(run(new SqlRequest(DatabricksSql.asOf(table, asOf), List.of(), model,
        "reading " + table.qualifiedName() + " as of " + asOf)));
  }

  /** Delta time travel by version: the rows of {@code table} at {@code VERSION AS OF version}. */
  public QueryResult readTableAtVersion(TargetRef table, long version) {
    return DatabricksResults.query(run(new SqlRequest(DatabricksSql.atVersion(table, version), List.of(), model,
        "reading " + table.qualifiedName() + " at version " + version)));
  }

  @Override
  public List<QueryHistoryEntry> queryHistory(Instant since) {
    DatabricksErrors.Context context = context("reading the query history");
    List<QueryHistoryEntry> out = new ArrayList<>();
    ListQueryHistoryRequest request = DatabricksHistory.firstPage(engine.config.warehouseId(), since);
    try {
      while (request != null) {
        ensureOpen(context);
        ListQueryHistoryRequest page = request;
        ListQueriesResponse response = engine.retry.run(() -> engine.call(context, () -> engine.client.get().history(page)),
            RequestRetry.Listener.NONE);
        out.addAll(DatabricksHistory.entries(response));
        request = DatabricksHistory.nextPage(page, response);
      }
    } catch (InterruptedException e) {
      throw engine.errors.interrupted(context, e);
    }
    out.sort(java.util.Comparator.comparing(QueryHistoryEntry::startedAt));
    return out;
  }

  @Override
  public void applyColumnMask(TargetRef table, String column, String maskFunction) {
    if (!DatabricksSql.validQualifiedName(maskFunction)) {
      throw engine.errors.invalidIdentifier(context("masking " + column), "the mask function", maskFunction);
    }
    run(new SqlRequest(DatabricksSql.setMask(table, column, maskFunction), List.of(), model,
        "masking " + table.qualifiedName() + "." + column));
  }

  @Override
  public void grant(Grant grant) {
    run(new SqlRequest(DatabricksSql.grant(privilege(grant), grant.target(), principal(grant)), List.of(), model,
        "granting " + grant.privilege() + " on " + grant.target().qualifiedName()));
  }

  @Override
  public void revoke(Grant grant) {
    run(new SqlRequest(DatabricksSql.revoke(privilege(grant), grant.target(), principal(grant)), List.of(), model,
        "revoking " + grant.privilege() + " on " + grant.target().qualifiedName()));
  }

  @Override
  public List<Grant> grants(TargetRef table) {
    QueryResult result = DatabricksResults.query(run(new SqlRequest(DatabricksSql.showGrants(table), List.of(), model,
        "listing the grants on " + table.qualifiedName())));
    List<String> names = result.columnNames().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    int principal = names.indexOf("principal");
    int action = names.indexOf("actiontype");
    List<Grant> out = new ArrayList<>();
    for (List<@Nullable Object> row : result.rows()) {
      String privilege = String.valueOf(row.get(action));
      if (!privilege.equalsIgnoreCase("OWN")) {
        out.add(new Grant(String.valueOf(row.get(principal)), privilege, table));
      }
    }
    return out;
  }

  @Override
  public void cancelRunning() {
    engine.executor.cancelAll();
  }

  @Override
  public void close() {
    if (model == null && !engine.closed) {
      engine.closed = true;
      if (engine.client.isBuilt()) {
        engine.executor.cancelAll();
      }
    }
  }

  @Override
  public String toString() {
    return "DatabricksAdapter[" + engine.config.host() + ", warehouse " + engine.config.warehouseId()
        + (model == null ? "" : ", model " + model) + "]";
  }

  private StatementExecutor.Completed run(SqlRequest request) {
    DatabricksErrors.Context context = new DatabricksErrors.Context(request.doing(), request.model(), null);
    ensureOpen(context);
    try {
      StatementExecutor.Completed done = engine.executor.run(request);
      LOG.log(Level.DEBUG, () -> engine.redactor.scrub("statement " + done.statementId()
          + (model == null ? "" : " for model " + model) + " succeeded in " + done.duration().toMillis() + " ms"));
      return done;
    } catch (RockyException e) {
      LOG.log(Level.DEBUG, () -> engine.redactor.scrub(e.getMessage()));
      throw e;
    }
  }

  private TargetRef withCatalog(TargetRef table) {
    return table.catalog() != null ? table : new TargetRef(engine.config.catalog(), table.schema(), table.table());
  }

  private String privilege(Grant grant) {
    return DatabricksSql.tablePrivilege(grant.privilege()).orElseThrow(() ->
        engine.errors.invalidIdentifier(context("granting"), "the privilege", grant.privilege()));
  }

  private String principal(Grant grant) {
    if (!DatabricksSql.validPrincipal(grant.principal())) {
      throw engine.errors.invalidIdentifier(context("granting"), "the principal", grant.principal());
    }
    return grant.principal();
  }

  private DatabricksErrors.Context context(String doing) {
    return new DatabricksErrors.Context(doing, model, null);
  }

  private void ensureOpen(DatabricksErrors.Context context) {
    if (engine.closed) {
      throw engine.errors.closed(context);
    }
  }
}
