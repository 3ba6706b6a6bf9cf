package dev.rocky.app.branch;

import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.port.WarehouseCapability;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A warehouse with zero-copy clones, as Databricks and Snowflake have them: DuckDB underneath, a
 * clone made as a copy, and every clone logged.
 */
final class CloningWarehouse implements WarehouseAdapter {
  private final WarehouseAdapter delegate;
  final List<String> clones = new ArrayList<>();

  CloningWarehouse(WarehouseAdapter delegate) {
    this.delegate = delegate;
  }

  @Override
  public void cloneTable(TargetRef source, TargetRef target) {
    clones.add(source.qualifiedName() + " -> " + target.qualifiedName());
    delegate.execute("CREATE OR REPLACE TABLE " + target.qualifiedName() + " AS SELECT * FROM " + source.qualifiedName());
  }

  @Override
  public Dialect dialect() {
    return delegate.dialect();
  }

  @Override
  public Set<WarehouseCapability> capabilities() {
    return Set.of(WarehouseCapability.CLONE);
  }

  @Override
  public ExecutionResult execute(String sql) {
    return delegate.execute(sql);
  }

  @Override
  public QueryResult query(String sql) {
    return delegate.query(sql);
  }

  @Override
  public Optional<List<TypedColumn>> describeTable(TargetRef table) {
    return delegate.describeTable(table);
  }

  @Override
  public boolean tableExists(TargetRef table) {
    return delegate.tableExists(table);
  }

  @Override
  public void executeInTransaction(List<String> sqls) {
    delegate.executeInTransaction(sqls);
  }

  @Override
  public List<String> listSchemas() {
    return delegate.listSchemas();
  }

  @Override
  public List<TargetRef> listTables(String schema) {
    return delegate.listTables(schema);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
