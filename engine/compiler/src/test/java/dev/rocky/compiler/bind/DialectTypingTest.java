package dev.rocky.compiler.bind;

import static dev.rocky.compiler.bind.BindSupport.FILE;
import static dev.rocky.compiler.bind.BindSupport.bind;
import static dev.rocky.compiler.bind.BindSupport.column;
import static dev.rocky.compiler.bind.BindSupport.edgesInto;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.project.Dialect;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.testkit.DiagnosticMarkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dialect SQL that Calcite does not read as written (keywords used as names, DuckDB/Snowflake/Databricks
 * date functions, {@code INTERVAL '1 day'}, {@code DISTINCT ON}, list and struct literals) binds with
 * the right types and lineage, and diagnostics keep their exact positions in the file. raw.orders: id
 * BIGINT NOT NULL, customer_id BIGINT NOT NULL, amount DECIMAL(10,2), qty INTEGER, price DOUBLE, status
 * VARCHAR, ts TIMESTAMP, d DATE.
 */
class DialectTypingTest {

  @ParameterizedTest(name = "{0} : {1} {2}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
      date_diff('hour', MIN(ts), MAX(ts))     ; Int64          ; true
      datediff(day, d, d)                     ; Int64          ; true
      DATEDIFF('day', d, d)                   ; Int64          ; true
      timestampdiff(hour, ts, ts)             ; Int64          ; true
      dateadd(day, 1, ts)                     ; Timestamp      ; true
      date_add(d, INTERVAL 1 DAY)             ; Timestamp      ; true
      date_sub(d, INTERVAL '2 days')          ; Timestamp      ; true
      date_trunc('month', ts)                 ; Timestamp      ; true
      date_trunc(month, ts)                   ; Timestamp      ; true
      date_part('year', ts)                   ; Int32          ; true
      ts + INTERVAL '1 day'                   ; Timestamp      ; true
      ts - interval '90 minutes'              ; Timestamp      ; true
      ts + INTERVAL '1' DAY                   ; Timestamp      ; true
      [1, 2, 3]                               ; Array(Int64)   ; false
      [status, 'x']                           ; Array(String)  ; false
      {'a': qty, 'b': status}                 ; Struct(a Int32,b String) ; false
      """)
  void typesDialectExpressions(String expr, String type, boolean nullable) {
    ModelAnalysis a = bind("SELECT " + expr + " AS x FROM raw.orders");
    TypedColumn x = column(a, "x");
    assertThat(x.type().typeName()).as("type of %s", expr).isEqualTo(type);
    assertThat(x.nullable()).as("nullability of %s", expr).isEqualTo(nullable);
    assertThat(a.diagnostics()).as("diagnostics of %s", expr).isEmpty();
  }

  @Test
  void wordsCalciteReservesNameColumnsAndAliases() {
    ModelAnalysis a = bind("""
        SELECT amount AS measure, qty AS value, ts AS month, status AS method, d AS date
        FROM raw.orders""");
    assertThat(a.schema().columns()).extracting(TypedColumn::name)
        .containsExactly("measure", "value", "month", "method", "date");
    assertThat(column(a, "measure").type().typeName()).isEqualTo("Decimal(10,2)");
    assertThat(a.diagnostics()).isEmpty();
    ModelAnalysis upstream = bind("SELECT value, t.month FROM (SELECT qty AS value, ts AS month FROM raw.orders) t");
    assertThat(upstream.schema().columns()).extracting(TypedColumn::name).containsExactly("value", "month");
    assertThat(edgesInto(upstream, "value")).containsExactly("raw.orders.qty [direct]");
  }

  @Test
  void distinctOnKeysShapeTheRowsAndAreNoOutput() {
    ModelAnalysis a = bind("""
        SELECT DISTINCT ON (customer_id) id, amount
        FROM raw.orders
        ORDER BY customer_id, ts DESC""");
    assertThat(a.schema().columns()).extracting(TypedColumn::name).containsExactly("id", "amount");
    assertThat(edgesInto(a, "amount")).contains("raw.orders.amount [direct]",
        "raw.orders.customer_id [indirect: group_by]");
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void diagnosticsAfterRewritesKeepTheirColumns() {
    // Each rewrite (a quoted keyword, a quoted date function, INTERVAL, a list literal) sits before the
    // unknown column on its line; the markers hold the columns as written in the file.
    String sql = """
        SELECT amount AS measure, nope1, -- DIAG: E003@27
          date_diff('hour', ts, ts) AS h, nope2, -- DIAG: E003@35
          ts + INTERVAL '1 day' AS t, nope3, -- DIAG: E003@31
          [1, 2] AS l, {'a': 1} AS s, nope4, -- DIAG: E003@31
          nope5 -- DIAG: E003@3
        FROM raw.orders AS value
        WHERE value.nope6 > 0 -- DIAG: E003@7
        """;
    DiagnosticMarkers.assertMatches(FILE, sql, bind(sql).diagnostics());
  }

  @Test
  void anUnreadableModelIsReportedWhereItBreaks() {
    String sql = "SELECT amount AS measure, qty value status\nFROM raw.orders\n";
    ModelAnalysis a = bind(sql);
    assertThat(a.diagnostics()).hasSize(1);
    assertThat(a.diagnostics().get(0).span().line()).isEqualTo(1);
    assertThat(a.diagnostics().get(0).span().col()).isEqualTo(37);
  }

  @Test
  void avgOfADecimalIsTypedPerDialect() {
    assertThat(avg("amount", Dialect.DUCKDB)).isEqualTo("Float64");
    assertThat(avg("amount", Dialect.DATABRICKS)).isEqualTo("Decimal(14,6)");
    assertThat(avg("CAST(amount AS DECIMAL(38, 36))", Dialect.DATABRICKS)).isEqualTo("Decimal(38,36)");
    assertThat(avg("CAST(amount AS DECIMAL(36, 2))", Dialect.DATABRICKS)).isEqualTo("Decimal(38,6)");
    assertThat(avg("amount", Dialect.SNOWFLAKE)).isEqualTo("Decimal(38,6)");
    assertThat(avg("CAST(amount AS DECIMAL(20, 8))", Dialect.SNOWFLAKE)).isEqualTo("Decimal(38,8)");
    assertThat(avg("qty", Dialect.SNOWFLAKE)).isEqualTo("Decimal(38,6)");
    assertThat(avg("price", Dialect.SNOWFLAKE)).isEqualTo("Float64");
    assertThat(avg("qty", Dialect.DATABRICKS)).isEqualTo("Float64");
    assertThat(avg("qty", Dialect.DUCKDB)).isEqualTo("Float64");
  }

  private static String avg(String expr, Dialect dialect) {
    ModelAnalysis a = bind("SELECT AVG(" + expr + ") AS x FROM raw.orders", dialect);
    return column(a, "x").type().typeName();
  }
}
