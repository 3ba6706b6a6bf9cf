package dev.rocky.app.replay;

import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.replay.TimeTravelSql;
import dev.rocky.planner.sql.TableName;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hashes a table's content in the warehouse that holds it: on DuckDB with {@link ReplaySql#contentHash},
 * on Databricks and Snowflake with {@link TimeTravelSql#contentHash}.
 */
final class ContentHashes {
  /** The hash of no values: the SHA-256 of the empty string. */
  private static final String EMPTY = ArtifactStore.keyOf(new byte[0]);

  private ContentHashes() {}

  static Provenance.OutputHash of(WarehouseAdapter adapter, ReplaySql sql, TableName table) {
    List<String> columns = adapter.describeTable(TableSnapshots.ref(table))
        .orElseThrow(() -> new IllegalStateException("table " + table.qualifiedName() + " does not exist"))
        .stream().map(TypedColumn::name).toList();
    if (!TimeTravelSql.supports(sql.dialect())) {
      return grouped(adapter.query(sql.contentHash(table, columns)), columns);
    }
    QueryResult r = adapter.query(new TimeTravelSql(sql.dialect()).contentHash(table, columns));
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      byColumn.put(columns.get(i), text(r.value(0, "__c" + i)));
    }
    return new Provenance.OutputHash(((Number) Objects.requireNonNull(r.value(0, "rows"))).longValue(),
        text(r.value(0, "content")), byColumn);
  }

  /** From {@link ReplaySql#contentHash}'s rows: part 0 the rows, part i+1 column i; no rows for an empty table. */
  private static Provenance.OutputHash grouped(QueryResult r, List<String> columns) {
    String[] hashes = new String[columns.size() + 1];
    Arrays.fill(hashes, EMPTY);
    long rows = 0;
    for (int i = 0; i < r.rowCount(); i++) {
      int part = ((Number) Objects.requireNonNull(r.value(i, "part"))).intValue();
      hashes[part] = text(r.value(i, "hash"));
      if (part == 0) {
        rows = ((Number) Objects.requireNonNull(r.value(i, "rows"))).longValue();
      }
    }
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      byColumn.put(columns.get(i), hashes[i + 1]);
    }
    return new Provenance.OutputHash(rows, hashes[0], byColumn);
  }

  private static String text(@org.jspecify.annotations.Nullable Object value) {
    return String.valueOf(Objects.requireNonNull(value, "a hash is never null"));
  }
}
