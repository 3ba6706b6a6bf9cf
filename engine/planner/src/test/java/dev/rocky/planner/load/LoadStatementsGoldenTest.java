package dev.rocky.planner.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.planner.Golden;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statements of a file load on DuckDB, as a golden file; names quoted, paths and types as literals. */
class LoadStatementsGoldenTest {
  private static final TableName STAGING = new TableName(null, "main", "_rocky_load_0");
  private static final TableName TARGET = new TableName(null, "raw", "order_items");

  @Test
  void statements() {
    LoadStatements sql = new LoadStatements(SqlDialect.DUCKDB);
    Map<String, String> types = new LinkedHashMap<>();
    types.put("amount", "DECIMAL(10,2)");
    types.put("it's", "VARCHAR");
    FileRead csv = new FileRead("/data/o'brien.csv", FileFormat.CSV, List.of("id", "amount", "it's"), types);
    StringBuilder out = new StringBuilder();
    section(out, "stage a CSV with column types", List.of(sql.stage(STAGING, csv)));
    section(out, "the structure check of a CSV that did not read", List.of(sql.checkCsvStructure(csv)));
    section(out, "stage a Parquet file", List.of(sql.stage(STAGING, FileRead.of("/data/orders.parquet", FileFormat.PARQUET))));
    section(out, "stage a JSON-lines file", List.of(sql.stage(STAGING, FileRead.of("/data/events.jsonl", FileFormat.JSON_LINES))));
    section(out, "count", List.of(sql.countRows(STAGING)));
    section(out, "move, appending", sql.move(STAGING, TARGET, false, false));
    section(out, "move with --create --truncate", sql.move(STAGING, TARGET, true, true));
    section(out, "replace (a seed)", sql.replace(STAGING, TARGET));
    Golden.assertMatches("load/duckdb.sql", out.toString());
  }

  @Test
  void onlyDuckDbReadsFiles() {
    assertThatThrownBy(() -> new LoadStatements(SqlDialect.SNOWFLAKE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatsByNameAndExtension() {
    assertThat(FileFormat.named("JSON_LINES")).contains(FileFormat.JSON_LINES);
    assertThat(FileFormat.named("ndjson")).contains(FileFormat.JSON_LINES);
    assertThat(FileFormat.named("xml")).isEmpty();
    assertThat(FileFormat.ofFile("orders.PARQUET")).contains(FileFormat.PARQUET);
    assertThat(FileFormat.ofFile("notes.txt")).isEmpty();
  }

  private static void section(StringBuilder out, String title, List<String> statements) {
    out.append("-- ").append(title).append('\n');
    statements.forEach(s -> out.append(s).append(";\n"));
    out.append('\n');
  }
}
