package dev.rocky.adapter.snowflake;

import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.Grant;
import dev.rocky.core.port.QueryHistoryEntry;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.port.WarehouseCapability;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypedColumn;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Snowflake warehouse through Snowflake's JDBC driver, on a small pool of sessions (safe to share
 * between threads). {@link #forModel} gives a view whose statements carry the model's
 * {@code QUERY_TAG} (for cost attribution) and whose errors name the model.
 */
public final class SnowflakeAdapter implements WarehouseAdapter {
  private static final Set<WarehouseCapability> CAPABILITIES = Set.copyOf(EnumSet.allOf(WarehouseCapability.class));
  private static final Pattern DML = Pattern.compile("(?is)^\\s*(?:/\\*.*?\\*/\\s*)*(INSERT|UPDATE|DELETE|MERGE)\\b.*");

  private final SnowflakeEngine engine;
  private final SnowflakeCatalog catalog;
  private final @Nullable String model;

  private SnowflakeAdapter(SnowflakeEngine engine, @Nullable String model) {
    this.engine = engine;
    this.model = model;
    this.catalog = new SnowflakeCatalog(new SnowflakeCatalog.Sessions() {
      @Override
      public <T> T read(String doing, SnowflakeCatalog.SqlFunction<T> work) {
        return engine.onSession(context(doing), true, work::apply);
      }
    });
  }

  /** An adapter on {@code config}; sessions open on first use. */
  public static SnowflakeAdapter open(SnowflakeConfig config) {
    return create(config, ConnectionSource.driver(config), Sleeper.SYSTEM);
  }

  static SnowflakeAdapter create(SnowflakeConfig config, ConnectionSource source, Sleeper sleeper) {
    TransientRetry retry = new TransientRetry(config.retry(), sleeper, () -> ThreadLocalRandom.current().nextDouble());
    return new SnowflakeAdapter(new SnowflakeEngine(config, source, retry), null);
  }

  /** A view whose statements carry {@code model}'s query tag and whose errors name it. */
  @Override
  public SnowflakeAdapter forModel(String modelName) {
    return new SnowflakeAdapter(engine, Objects.requireNonNull(modelName, "modelName"));
  }

  public SnowflakeConfig config() {
    return engine.config;
  }

  /** How many sessions are open (for tests and diagnostics). */
  public int openSessions() {
    return engine.openSessions();
  }

  @Override
  public Dialect dialect() {
    return Dialect.SNOWFLAKE;
  }

  @Override
  public Set<WarehouseCapability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ExecutionResult execute(String sql) {
    return engine.onSession(context("running a statement"), false, c -> run(c, sql));
  }

  @Override
  public QueryResult query(String sql) {
    return engine.onSession(context("running a query"), false, c -> read(c, sql));
  }

  /** {@code EXPLAIN USING JSON}: the bytes Snowflake expects to scan ({@link SnowflakeExplain}). */
  @Override
  public dev.rocky.core.port.QueryEstimate explain(String query) {
    QueryResult plan = engine.onSession(context("explaining a query"), false, c -> read(c, SnowflakeExplain.sql(query)));
    Object json = plan.rowCount() == 0 ? null : plan.rows().getFirst().getFirst();
    return SnowflakeExplain.parse(json == null ? "" : json.toString());
  }

  @Override
  public Optional<List<TypedColumn>> describeTable(TargetRef table) {
    return catalog.describe(table);
  }

  @Override
  public boolean tableExists(TargetRef table) {
    return catalog.exists(table);
  }

  @Override
  public List<String> listSchemas() {
    return catalog.schemas();
  }

  @Override
  public List<TargetRef> listTables(String schema) {
    return catalog.tables(schema);
  }

  @Override
  public void executeInTransaction(List<String> sqls) {
    engine.onSession(context("running a transaction"), false, c -> {
      c.setAutoCommit(false);
      try {
        for (String sql : sqls) {
          run(c, sql);
        }
        c.commit();
        return null;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(new SQLException(engine.errors.scrub(rollback.getMessage()), rollback.getSQLState()));
        }
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    });
  }

  @Override
  public void cloneTable(TargetRef source, TargetRef target) {
    engine.onSession(context("cloning " + source.qualifiedName()), false, c -> run(c, SnowflakeSql.clone(source, target)));
  }

  @Override
  public QueryResult readTableAsOf(TargetRef table, Instant asOf) {
    return engine.onSession(context("reading " + table.qualifiedName() + " as of " + asOf), true,
        c -> read(c, SnowflakeSql.asOf(table, asOf)));
  }

  @Override
  public List<QueryHistoryEntry> queryHistory(Instant since) {
    QueryResult rows = engine.onSession(context("reading the query history"), true, c -> read(c, SnowflakeSql.history(since)));
    List<String> names = rows.columnNames().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    List<QueryHistoryEntry> out = new ArrayList<>();
    for (List<@Nullable Object> row : rows.rows()) {
      Object id = row.get(names.indexOf("query_id"));
      Object started = row.get(names.indexOf("start_time"));
      Object elapsed = row.get(names.indexOf("total_elapsed_time"));
      Object bytes = row.get(names.indexOf("bytes_scanned"));
      // QUERY_HISTORY selects by end time; keep what started since, as Databricks' history does.
      if (id == null || !(started instanceof Instant at) || at.isBefore(since) || elapsed == null) {
        continue;
      }
      Object text = row.get(names.indexOf("query_text"));
      out.add(new QueryHistoryEntry(id.toString(), text == null ? "" : text.toString(), at,
          Duration.ofMillis(Math.max(0, ((Number) elapsed).longValue())), bytes == null ? null : ((Number) bytes).longValue()));
    }
    return out;
  }

  @Override
  public void applyColumnMask(TargetRef table, String column, String maskFunction) {
    if (!SnowflakeSql.validPolicyName(maskFunction)) {
      throw engine.errors.invalidIdentifier(context("masking " + column), "the masking policy", maskFunction);
    }
    engine.onSession(context("masking " + table.qualifiedName() + "." + column), false,
        c -> run(c, SnowflakeSql.setMaskingPolicy(table, column, maskFunction)));
  }

  @Override
  public void grant(Grant grant) {
    String sql = SnowflakeSql.grant(privilege(grant), grant.target(), principal(grant));
    engine.onSession(context("granting " + grant.privilege() + " on " + grant.target().qualifiedName()), false, c -> run(c, sql));
  }

  @Override
  public void revoke(Grant grant) {
    String sql = SnowflakeSql.revoke(privilege(grant), grant.target(), principal(grant));
    engine.onSession(context("revoking " + grant.privilege() + " on " + grant.target().qualifiedName()), false, c -> run(c, sql));
  }

  @Override
  public List<Grant> grants(TargetRef table) {
    QueryResult rows = engine.onSession(context("listing the grants on " + table.qualifiedName()), true,
        c -> read(c, SnowflakeSql.showGrants(table)));
    List<String> names = rows.columnNames().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    List<Grant> out = new ArrayList<>();
    for (List<@Nullable Object> row : rows.rows()) {
      String privilege = String.valueOf(row.get(names.indexOf("privilege")));
      if (!privilege.equalsIgnoreCase("OWNERSHIP")) {
        out.add(new Grant(String.valueOf(row.get(names.indexOf("grantee_name"))), privilege, table));
      }
    }
    return out;
  }

  @Override
  public void cancelRunning() {
    engine.cancelAll();
  }

  @Override
  public void close() {
    if (model == null) {
      engine.close();
    }
  }

  @Override
  public String toString() {
    return "SnowflakeAdapter[" + engine.config.account() + (model == null ? "" : ", model " + model) + "]";
  }

  private ExecutionResult run(Connection c, String sql) throws SQLException {
    Statement s = engine.statement(c, model);
    try (s) {
      long start = System.nanoTime();
      boolean rows = s.execute(sql);
      long count = rows ? -1 : s.getUpdateCount();
      Long affected = count >= 0 && DML.matcher(sql).matches() ? count : null;
      return new ExecutionResult(affected, Duration.ofNanos(System.nanoTime() - start), null, null, SnowflakeEngine.queryId(s));
    } finally {
      engine.done(s);
    }
  }

  private QueryResult read(Connection c, String sql) throws SQLException {
    Statement s = engine.statement(c, model);
    try (s; ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<TypedColumn> columns = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        columns.add(SnowflakeValues.column(md, i));
      }
      List<List<@Nullable Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<@Nullable Object> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
          row.add(SnowflakeValues.value(rs, i, columns.get(i - 1).type()));
        }
        rows.add(row);
      }
      return new QueryResult(columns, rows);
    } finally {
      engine.done(s);
    }
  }

  private String privilege(Grant grant) {
    return SnowflakeSql.tablePrivilege(grant.privilege()).orElseThrow(() ->
        engine.errors.invalidIdentifier(context("granting"), "the privilege", grant.privilege()));
  }

  private String principal(Grant grant) {
    if (!SnowflakeSql.validPrincipal(grant.principal())) {
      throw engine.errors.invalidIdentifier(context("granting"), "the principal", grant.principal());
    }
    return grant.principal();
  }

  private SnowflakeErrors.Context context(String doing) {
    return new SnowflakeErrors.Context(doing, model);
  }

}
