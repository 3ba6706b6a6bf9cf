package dev.rocky.adapter.duckdb;

import dev.rocky.core.port.SourceAdapter;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.source.DiscoveredSource;
import dev.rocky.core.source.DiscoveredTable;
import java.util.List;

/**
 * Discovery on a DuckDB database: the schemas of its {@code information_schema} whose names start
 * with the prefix, and their tables. The database stays open by its owner; closing this does nothing.
 */
public final class DuckDbSourceAdapter implements SourceAdapter {
  private final DuckDbAdapter database;

  public DuckDbSourceAdapter(DuckDbAdapter database) {
    this.database = database;
  }

  @Override
  public String sourceType() {
    return "duckdb";
  }

  @Override
  public List<DiscoveredSource> discover(String schemaPrefix) {
    return database.listSchemas().stream()
        .filter(s -> s.startsWith(schemaPrefix))
        .sorted()
        .map(s -> new DiscoveredSource(s, s, sourceType(), null, tables(s)))
        .toList();
  }

  private List<DiscoveredTable> tables(String schema) {
    return database.listTables(schema).stream().map(TargetRef::table).sorted().map(DiscoveredTable::named).toList();
  }
}
