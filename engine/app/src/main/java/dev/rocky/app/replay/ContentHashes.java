package dev.rocky.app.replay;

import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.replay.TimeTravelSql;
import dev.rocky.planner.sql.TableName;
import java.nio.charset.StandardCharsets;
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

  /** Tables of up to this many rows are hashed from their row and value hashes, sorted here. */
  static final int SMALL = 1_000;

  private ContentHashes() {}

  static Provenance.OutputHash of(WarehouseAdapter adapter, ReplaySql sql, TableName table) {
    return of(adapter, sql, table, SMALL);
  }

  /**
   * On DuckDB, one statement for a table of at most {@code small} rows: its rows' and values' JSON
   * ({@link ReplaySql#rowJson}), which also names its columns, hashed and sorted here; a larger table
   * is hashed by {@link ReplaySql#contentHash} in the warehouse, with those names.
   */
  static Provenance.OutputHash of(WarehouseAdapter adapter, ReplaySql sql, TableName table, int small) {
    if (!TimeTravelSql.supports(sql.dialect())) {
      QueryResult r = adapter.query(sql.rowJson(table, small + 1));
      List<String> columns = r.columnNames().subList(1, r.columns().size());
      return r.rowCount() <= small ? sorted(r, columns) : grouped(adapter.query(sql.contentHash(table, columns)), columns);
    }
    List<String> columns = adapter.describeTable(TableSnapshots.ref(table))
        .orElseThrow(() -> new IllegalStateException("table " + table.qualifiedName() + " does not exist"))
        .stream().map(TypedColumn::name).toList();
    QueryResult r = adapter.query(new TimeTravelSql(sql.dialect()).contentHash(table, columns));
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      byColumn.put(columns.get(i), text(r.value(0, "__c" + i)));
    }
    return new Provenance.OutputHash(((Number) Objects.requireNonNull(r.value(0, "rows"))).longValue(),
        text(r.value(0, "content")), byColumn);
  }

  /**
   * From {@link ReplaySql#rowJson}'s rows (all of the table's), as {@link ReplaySql#contentHash}
   * defines it: each JSON text's SHA-256 ({@code null} for a NULL value), each part's sorted,
   * concatenated and hashed.
   */
  private static Provenance.OutputHash sorted(QueryResult r, List<String> columns) {
    int rows = r.rowCount();
    String[] part = new String[rows];
    String[] hashes = new String[columns.size() + 1];
    for (int p = 0; p < hashes.length; p++) {
      for (int i = 0; i < rows; i++) {
        Object json = r.rows().get(i).get(p);
        part[i] = ArtifactStore.keyOf(String.valueOf(json).getBytes(StandardCharsets.UTF_8));
      }
      Arrays.sort(part);
      hashes[p] = ArtifactStore.keyOf(String.join("", part).getBytes(StandardCharsets.UTF_8));
    }
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      byColumn.put(columns.get(i), hashes[i + 1]);
    }
    return new Provenance.OutputHash(rows, hashes[0], byColumn);
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
