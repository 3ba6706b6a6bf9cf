package dev.rocky.core.port;

import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a query, every value a plain Java value chosen by the column's Rocky type: Boolean;
 * Integer (Int32); Long (Int64; BigInteger when the warehouse type is wider than 64 bits); Float;
 * Double; BigDecimal (Decimal); String (also UUIDs, JSON and intervals); byte[] (Binary);
 * LocalDate (Date); LocalDateTime (a timestamp without time zone); Instant (a timestamp with time
 * zone); LocalTime; List (arrays); Map (maps, and structs by field name); null for SQL NULL.
 */
public record QueryResult(List<TypedColumn> columns, List<List<@Nullable Object>> rows) {

  public QueryResult {
    columns = List.copyOf(columns);
    List<List<@Nullable Object>> copy = new ArrayList<>(rows.size());
    for (List<@Nullable Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  public List<String> columnNames() {
    return columns.stream().map(TypedColumn::name).toList();
  }

  public int rowCount() {
    return rows.size();
  }

  /** The value at {@code row} in the column named {@code column}. */
  public @Nullable Object value(int row, String column) {
    List<String> names = columnNames();
    int index = names.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + names);
    }
    return rows.get(row).get(index);
  }

  /** The only value of a one-row, one-column result. */
  public @Nullable Object single() {
    if (rows.size() != 1 || columns.size() != 1) {
      throw new IllegalStateException("expected one row of one column, got " + rows.size() + " x " + columns.size());
    }
    return rows.get(0).get(0);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof QueryResult that && columns.equals(that.columns) && rows.equals(that.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, rows);
  }
}
