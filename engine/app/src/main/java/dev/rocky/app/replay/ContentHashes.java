package dev.rocky.app.replay;

import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.replay.TimeTravelSql;
import dev.rocky.planner.sql.TableName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hashes a table's content in the warehouse that holds it: on DuckDB with {@link ReplaySql#contentHash},
 * on Databricks and Snowflake with {@link TimeTravelSql#contentHash}.
 */
final class ContentHashes {
  private ContentHashes() {}

  static Provenance.OutputHash of(WarehouseAdapter adapter, ReplaySql sql, TableName table) {
    List<String> columns = adapter.describeTable(TableSnapshots.ref(table))
        .orElseThrow(() -> new IllegalStateException("table " + table.qualifiedName() + " does not exist"))
        .stream().map(TypedColumn::name).toList();
    QueryResult r = adapter.query(TimeTravelSql.supports(sql.dialect())
        ? new TimeTravelSql(sql.dialect()).contentHash(table, columns) : sql.contentHash(table, columns));
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      byColumn.put(columns.get(i), text(r.value(0, "__c" + i)));
    }
    return new Provenance.OutputHash(((Number) Objects.requireNonNull(r.value(0, "rows"))).longValue(),
        text(r.value(0, "content")), byColumn);
  }

  private static String text(@org.jspecify.annotations.Nullable Object value) {
    return String.valueOf(Objects.requireNonNull(value, "a hash is never null"));
  }
}
