package dev.rocky.app.replay;

import dev.rocky.planner.sql.DatabricksSqlDialect;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.SnowflakeSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of recording and replaying: Parquet snapshots of tables, scratch catalogs, and the
 * order-independent content hash of a table. Only DuckDB snapshots to local Parquet files; on
 * Databricks and Snowflake inputs are identified by table version or Time Travel instead, which this
 * build does not record yet ({@link #snapshots()} is false).
 *
 * <p>The content hash: each row becomes the SHA-256 of its JSON object, each column value the
 * SHA-256 of its JSON; the hashes are sorted and the SHA-256 of their concatenation is the table's
 * (or the column's) hash. Row order does not matter; duplicate rows do.
 */
final class ReplaySql {
  private static final String ROW = "__rocky_row";
  private final SqlDialect dialect;

  ReplaySql(SqlDialect dialect) {
    this.dialect = dialect;
  }

  SqlDialect dialect() {
    return dialect;
  }

  /** Whether tables can be snapshotted to Parquet files and read back. */
  boolean snapshots() {
    return switch (dialect) {
      case DuckDbSqlDialect d -> true;
      case DatabricksSqlDialect d -> false;
      case SnowflakeSqlDialect s -> false;
    };
  }

  /** The warehouse's version string, as one row of one column. */
  String version() {
    return switch (dialect) {
      case DuckDbSqlDialect d -> "SELECT version()";
      case DatabricksSqlDialect d -> "SELECT version()";
      case SnowflakeSqlDialect s -> "SELECT CURRENT_VERSION()";
    };
  }

  String copyToParquet(TableName table, Path file) {
    return "COPY (SELECT * FROM " + dialect.table(table) + ") TO " + dialect.stringLiteral(file.toString())
        + " (FORMAT parquet)";
  }

  String countRows(TableName table) {
    return "SELECT count(*) FROM " + dialect.table(table);
  }

  /** Makes {@code catalog} exist in a scratch database (an in-memory one attached under that name). */
  String attachCatalog(String catalog) {
    return "ATTACH IF NOT EXISTS ':memory:' AS " + dialect.quoteIdentifier(catalog);
  }

  String createSchema(TableName table) {
    return "CREATE SCHEMA IF NOT EXISTS " + dialect.schema(table);
  }

  String createFromParquet(TableName table, Path file) {
    return "CREATE OR REPLACE TABLE " + dialect.table(table) + " AS SELECT * FROM read_parquet("
        + dialect.stringLiteral(file.toString()) + ")";
  }

  /**
   * One row: {@code rows}, {@code content}, then one hash per column aliased {@code __c0},
   * {@code __c1}, ... in the order of {@code columns}.
   */
  String contentHash(TableName table, List<String> columns) {
    String row = dialect.quoteIdentifier(ROW);
    List<String> inner = new ArrayList<>(List.of("sha256(to_json(" + row + ")::VARCHAR) AS \"__r\""));
    List<String> outer = new ArrayList<>(List.of("count(*) AS \"rows\"", aggregate("__r") + " AS \"content\""));
    for (int i = 0; i < columns.size(); i++) {
      String alias = "__c" + i;
      inner.add("sha256(coalesce(to_json(" + row + "." + dialect.quoteIdentifier(columns.get(i))
          + ")::VARCHAR, 'null')) AS \"" + alias + "\"");
      outer.add(aggregate(alias) + " AS \"" + alias + "\"");
    }
    return "SELECT " + String.join(", ", outer) + " FROM (SELECT " + String.join(", ", inner) + " FROM "
        + dialect.table(table) + " AS " + row + ") AS \"__h\"";
  }

  private static String aggregate(String alias) {
    return "sha256(coalesce(string_agg(\"" + alias + "\", '' ORDER BY \"" + alias + "\"), ''))";
  }
}
