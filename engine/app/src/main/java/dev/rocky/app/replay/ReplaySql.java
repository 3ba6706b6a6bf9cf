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
 * Databricks and Snowflake inputs are identified by table version or Time Travel instead
 * ({@link #snapshots()} is false there; see {@link dev.rocky.planner.replay.TimeTravelSql}).
 *
 * <p>The content hash: each row becomes the SHA-256 of its JSON object, each column value the
 * SHA-256 of its JSON; the hashes are sorted and the SHA-256 of their concatenation is the table's
 * (or the column's) hash. Row order does not matter; duplicate rows do.
 */
final class ReplaySql {
  private static final String ROW = "__rocky_row";
  /** A type name safe to put in SQL: letters, digits, underscores and spaces, with numeric parameters. */
  private static final java.util.regex.Pattern PLAIN_TYPE =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_ ]*(\\(\\d+(\\s*,\\s*\\d+)?\\))?");
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

  /** The table's columns with the warehouse's names of their types: rows of {@code column_name, column_type}. */
  String columnTypes(TableName table) {
    return "SELECT column_name, column_type FROM (DESCRIBE " + dialect.table(table) + ")";
  }

  /**
   * Writes the table to Parquet. Parquet has no 128-bit integers (DuckDB would write doubles), so
   * those are written as {@code DECIMAL(38,0)}; {@link #createFromParquet} casts them back.
   */
  String copyToParquet(TableName table, List<Provenance.Column> columns, Path file) {
    List<String> select = new ArrayList<>();
    for (Provenance.Column c : columns) {
      String name = dialect.quoteIdentifier(c.name());
      boolean wide = c.type().equalsIgnoreCase("HUGEINT") || c.type().equalsIgnoreCase("UHUGEINT");
      select.add(wide ? "CAST(" + name + " AS DECIMAL(38,0)) AS " + name : name);
    }
    String list = select.isEmpty() ? "*" : String.join(", ", select);
    return "COPY (SELECT " + list + " FROM " + dialect.table(table) + ") TO " + dialect.stringLiteral(file.toString())
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

  /**
   * Creates the table from Parquet, each column cast back to its recorded type when that is a plain
   * type name (a nested or enumerated type keeps the type Parquet gives it).
   */
  String createFromParquet(TableName table, List<Provenance.Column> columns, Path file) {
    List<String> select = new ArrayList<>();
    for (Provenance.Column c : columns) {
      String name = dialect.quoteIdentifier(c.name());
      select.add(PLAIN_TYPE.matcher(c.type()).matches() ? "CAST(" + name + " AS " + c.type() + ") AS " + name : name);
    }
    String list = select.isEmpty() ? "*" : String.join(", ", select);
    return "CREATE OR REPLACE TABLE " + dialect.table(table) + " AS SELECT " + list + " FROM read_parquet("
        + dialect.stringLiteral(file.toString()) + ")";
  }

  /**
   * What {@link #contentHash} hashes, for at most {@code limit} rows: each row's JSON, in the first
   * column {@code __rocky_row}, then each value's JSON (null for NULL), one column per table column
   * named as it (DuckDB's {@code COLUMNS(*)}), so the statement needs no column names and its result
   * gives them. For a small table, hashing and sorting these outside the warehouse gives the same
   * hashes at a fraction of the cost of the ordered aggregate.
   */
  String rowJson(TableName table, int limit) {
    String row = dialect.quoteIdentifier(ROW);
    return "SELECT to_json(" + row + ")::VARCHAR AS " + row + ", to_json(COLUMNS(*))::VARCHAR FROM "
        + dialect.table(table) + " AS " + row + " LIMIT " + limit;
  }

  /**
   * The content hash in one sort: each row contributes its row hash (part 0) and one hash per column
   * (part 1, 2, ... in the order of {@code columns}), unnested side by side, and one ordered
   * aggregate grouped by part concatenates each part's sorted hashes. Rows {@code part, rows, hash},
   * ordered by part; none for an empty table (whose every hash is the SHA-256 of the empty string).
   * The same hashes as one ordered aggregate per column, at a fraction of the cost.
   */
  String contentHash(TableName table, List<String> columns) {
    String row = dialect.quoteIdentifier(ROW);
    List<String> parts = new ArrayList<>(List.of("sha256(to_json(" + row + ")::VARCHAR)"));
    for (String column : columns) {
      parts.add("sha256(coalesce(to_json(" + row + "." + dialect.quoteIdentifier(column) + ")::VARCHAR, 'null'))");
    }
    return "SELECT \"part\", count(*) AS \"rows\", sha256(coalesce(string_agg(\"h\", '' ORDER BY \"h\"), '')) AS \"hash\""
        + " FROM (SELECT unnest(range(" + parts.size() + ")) AS \"part\", unnest(list_value(" + String.join(", ", parts)
        + ")) AS \"h\" FROM " + dialect.table(table) + " AS " + row + ") AS \"__h\" GROUP BY \"part\" ORDER BY \"part\"";
  }
}
