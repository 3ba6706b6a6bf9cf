package dev.rocky.planner.sql;

import dev.rocky.core.project.Dialect;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How one warehouse spells identifiers and literals. Statement shapes that differ per warehouse are
 * chosen by switching over the three variants (see {@link SqlStatements}).
 *
 * <p>Two quoting entry points exist because warehouses fold unquoted names differently:
 * {@link #quoteIdentifier} quotes a name verbatim (targets, which Rocky creates quoted), while
 * {@link #quoteReference} quotes a name the model's SQL spells without quotes (its output columns,
 * model names used as CTE names) so that the quoted form resolves to the same object.
 */
public sealed interface SqlDialect permits DuckDbSqlDialect, DatabricksSqlDialect, SnowflakeSqlDialect {

  SqlDialect DUCKDB = new DuckDbSqlDialect();
  SqlDialect DATABRICKS = new DatabricksSqlDialect();
  SqlDialect SNOWFLAKE = new SnowflakeSqlDialect();

  static SqlDialect of(Dialect dialect) {
    return switch (dialect) {
      case DUCKDB -> DUCKDB;
      case DATABRICKS -> DATABRICKS;
      case SNOWFLAKE -> SNOWFLAKE;
    };
  }

  Dialect dialect();

  /** The schema an unqualified table lands in when the session is not told otherwise. */
  String defaultSchema();

  /** Quotes a name verbatim, doubling the quote character inside it. */
  String quoteIdentifier(String name);

  /**
   * Quotes a name that model SQL spells unquoted, so that it resolves as the unquoted spelling does.
   * The same as {@link #quoteIdentifier} where quoted names are case-insensitive (DuckDB, Databricks).
   */
  default String quoteReference(String name) {
    return quoteIdentifier(Identifiers.requireQuotable("column name", name));
  }

  /** A string literal, escaped for this warehouse's lexer. */
  String stringLiteral(String value);

  /** A table reference: two parts when the catalog is absent, three otherwise; each part quoted. */
  default String table(TableName name) {
    return schema(name) + "." + quoteIdentifier(name.table());
  }

  /** The schema of a table: {@code "catalog"."schema"} or {@code "schema"}. */
  default String schema(TableName name) {
    String catalog = name.catalog();
    String schema = quoteIdentifier(name.schema());
    return catalog == null ? schema : quoteIdentifier(catalog) + "." + schema;
  }

  /** {@code TIMESTAMP 'YYYY-MM-DD HH:MM:SS[.ffffff]'}; fractions are kept to the microsecond. */
  default String timestampLiteral(LocalDateTime value) {
    LocalDateTime micros = value.truncatedTo(ChronoUnit.MICROS);
    String pattern = micros.getNano() == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.SSSSSS";
    return "TIMESTAMP " + stringLiteral(micros.format(DateTimeFormatter.ofPattern(pattern)));
  }

  /** A partition bound as Rocky writes it: the quoted string {@code 'YYYY-MM-DD HH:MM:SS'}. */
  default String windowBoundLiteral(LocalDateTime value) {
    return stringLiteral(value.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
  }
}
