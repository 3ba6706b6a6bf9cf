package dev.rocky.planner.quality;

import dev.rocky.planner.sql.Identifiers;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.List;
import java.util.stream.Collectors;

/** The queries of a pipeline's table-wide checks: row count, freshness, null rate and custom SQL. */
public final class CheckSql {
  private final SqlDialect dialect;
  private final QualityDialect spelling;

  public CheckSql(SqlDialect dialect) {
    this.dialect = dialect;
    this.spelling = new QualityDialect(dialect);
  }

  public String rowCount(TableName table) {
    return "SELECT COUNT(*) FROM " + dialect.table(table);
  }

  /** The newest value of a timestamp column (freshness). */
  public String newest(TableName table, String column) {
    return "SELECT MAX(" + col(column) + ") FROM " + dialect.table(table);
  }

  /**
   * One row: the sampled row count, then the NULL count of each column in order. A sample of
   * 100 percent (or more, or 0) reads the whole table.
   */
  public String nullCounts(TableName table, List<String> columns, int samplePercent) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("null_rate needs at least one column");
    }
    String nulls = columns.stream()
        .map(c -> "SUM(CASE WHEN " + col(c) + " IS NULL THEN 1 ELSE 0 END)")
        .collect(Collectors.joining(", "));
    return "SELECT COUNT(*), " + nulls + " FROM " + dialect.table(table) + spelling.sample(samplePercent);
  }

  /** A custom check's query with {@code {target}} replaced by the table; it must return one number. */
  public String custom(String name, String sql, TableName table) {
    return SqlFragments.query("custom check '" + name + "'", sql, "{target}", dialect.table(table), dialect);
  }

  private String col(String name) {
    return dialect.quoteReference(Identifiers.requireName("column name", name));
  }
}
