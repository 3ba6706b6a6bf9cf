package dev.rocky.sfn;

import dev.rocky.adapter.duckdb.DuckDbErrorCode;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.port.WarehouseCapability;
import dev.rocky.core.types.TypedColumn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A warehouse with a transient fault: the first {@code failures} statements that write
 * {@code model}'s target fail with a transaction conflict (transient), as a busy warehouse
 * answers; the execute service retries them in process. Everything else goes to the real warehouse.
 */
final class FlakyWarehouse implements WarehouseAdapter {
  private final WarehouseAdapter warehouse;
  private final String model;
  private final AtomicInteger failures;

  FlakyWarehouse(WarehouseAdapter warehouse, String model, int failures) {
    this.warehouse = warehouse;
    this.model = model;
    this.failures = new AtomicInteger(failures);
  }

  private void maybeFail(String sql) {
    String head = sql.stripLeading().toUpperCase(Locale.ROOT);
    if ((head.startsWith("CREATE") || head.startsWith("INSERT")) && sql.contains(model) && failures.getAndDecrement() > 0) {
      throw new RockyException(DuckDbErrorCode.DUCKDB_TRANSACTION_CONFLICT, "injected: a conflicting transaction wrote " + model);
    }
  }

  @Override
  public Dialect dialect() {
    return warehouse.dialect();
  }

  @Override
  public Set<WarehouseCapability> capabilities() {
    return warehouse.capabilities();
  }

  @Override
  public ExecutionResult execute(String sql) {
    maybeFail(sql);
    return warehouse.execute(sql);
  }

  @Override
  public QueryResult query(String sql) {
    return warehouse.query(sql);
  }

  @Override
  public Optional<List<TypedColumn>> describeTable(TargetRef table) {
    return warehouse.describeTable(table);
  }

  @Override
  public boolean tableExists(TargetRef table) {
    return warehouse.tableExists(table);
  }

  @Override
  public void executeInTransaction(List<String> sqls) {
    sqls.forEach(this::maybeFail);
    warehouse.executeInTransaction(sqls);
  }

  @Override
  public List<String> listSchemas() {
    return warehouse.listSchemas();
  }

  @Override
  public List<TargetRef> listTables(String schema) {
    return warehouse.listTables(schema);
  }

  @Override
  public void close() {
    // The wrapped warehouse belongs to whoever opened it.
  }
}
