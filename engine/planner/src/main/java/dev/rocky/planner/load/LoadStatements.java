package dev.rocky.planner.load;

import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The statements of a file load, on DuckDB (the only warehouse that reads local files). Every
 * option is spelled out rather than left to the reader's defaults: a CSV has a header, {@code ,}
 * delimiters, {@code "} quotes and escapes, and strict rows (a row with too many or too few fields,
 * or an unterminated quote, is an error with its line number, never a padded or skipped row).
 * Paths and types are string literals; names are quoted identifiers.
 */
public final class LoadStatements {
  private final SqlDialect dialect;

  public LoadStatements(SqlDialect dialect) {
    if (dialect != SqlDialect.DUCKDB) {
      throw new IllegalArgumentException("files are loaded through DuckDB, not " + dialect.dialect().id());
    }
    this.dialect = dialect;
  }

  /** The table function reading the file with its types inferred (or, for CSV, overridden per column). */
  public String read(FileRead file) {
    String path = dialect.stringLiteral(file.path());
    return switch (file.format()) {
      case CSV -> "read_csv(" + path + csvOptions() + ", auto_detect = true, sample_size = -1"
          + (file.columnTypes().isEmpty() ? "" : ", types = " + struct(file.columnTypes())) + ")";
      case PARQUET -> "read_parquet(" + path + ")";
      case JSON_LINES -> "read_json(" + path + ", format = 'newline_delimited', records = true, auto_detect = true,"
          + " sample_size = -1)";
    };
  }

  /**
   * A CSV read with every column of {@code header} as text and no inference: what is left to fail is
   * the file's structure, reported with its line. Used to say where a CSV that does not load breaks.
   */
  public String readCsvStructure(FileRead file) {
    if (file.format() != FileFormat.CSV || file.header().isEmpty()) {
      throw new IllegalArgumentException("a structure read needs a CSV file and its header");
    }
    Map<String, String> columns = new java.util.LinkedHashMap<>();
    file.header().forEach(c -> columns.put(c, "VARCHAR"));
    return "read_csv(" + dialect.stringLiteral(file.path()) + csvOptions() + ", auto_detect = false, columns = "
        + struct(columns) + ")";
  }

  private static String csvOptions() {
    return ", header = true, delim = ',', quote = '\"', escape = '\"', strict_mode = true, null_padding = false,"
        + " ignore_errors = false";
  }

  /** The staging table holding the file's rows, replacing an earlier one left behind. */
  public String stage(TableName staging, FileRead file) {
    return "CREATE OR REPLACE TABLE " + dialect.table(staging) + " AS\nSELECT * FROM " + read(file);
  }

  /** Reads the structure of a CSV to find the line it breaks at; returns the row count when it does not break. */
  public String checkCsvStructure(FileRead file) {
    return "SELECT count(*) FROM " + readCsvStructure(file);
  }

  public String countRows(TableName table) {
    return "SELECT count(*) FROM " + dialect.table(table);
  }

  public String createSchema(TableName table) {
    return "CREATE SCHEMA IF NOT EXISTS " + dialect.schema(table);
  }

  /**
   * Moves a staged file into its target, to run in one transaction: the schema and the table
   * (with the staged columns and no rows) when {@code create}, the target emptied when
   * {@code truncate}, the rows inserted by column name, the staging table dropped.
   */
  public List<String> move(TableName staging, TableName target, boolean create, boolean truncate) {
    List<String> out = new ArrayList<>();
    String to = dialect.table(target);
    String from = dialect.table(staging);
    if (create) {
      out.add(createSchema(target));
      out.add("CREATE TABLE IF NOT EXISTS " + to + " AS\nSELECT * FROM " + from + " WHERE 1 = 0");
    }
    if (truncate) {
      out.add("DELETE FROM " + to);
    }
    out.add("INSERT INTO " + to + " BY NAME\nSELECT * FROM " + from);
    out.add(drop(staging));
    return out;
  }

  /** Replaces the target by the staged file (a seed): its columns and rows; then drops the staging table. */
  public List<String> replace(TableName staging, TableName target) {
    return List.of("CREATE OR REPLACE TABLE " + dialect.table(target) + " AS\nSELECT * FROM " + dialect.table(staging),
        drop(staging));
  }

  public String drop(TableName staging) {
    return "DROP TABLE IF EXISTS " + dialect.table(staging);
  }

  /** {@code {'name': 'TYPE', ...}}: a DuckDB struct literal of strings. */
  private String struct(Map<String, String> entries) {
    StringJoiner j = new StringJoiner(", ", "{", "}");
    entries.forEach((k, v) -> j.add(dialect.stringLiteral(k) + ": " + dialect.stringLiteral(v)));
    return j.toString();
  }
}
