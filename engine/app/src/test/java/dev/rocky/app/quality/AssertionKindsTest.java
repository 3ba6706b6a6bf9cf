package dev.rocky.app.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.planner.quality.Assertion;
import dev.rocky.planner.quality.CheckSeverity;
import dev.rocky.planner.sql.TableName;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every assertion kind on DuckDB: it passes on {@code q.good} and fails on {@code q.bad}, whose
 * six rows break each kind at least once.
 */
class AssertionKindsTest {
  static DuckDbAdapter db;
  static final TableName GOOD = new TableName(null, "q", "good");
  static final TableName BAD = new TableName(null, "q", "bad");

  @BeforeAll
  static void seed() {
    db = DuckDbAdapter.inMemory();
    db.execute("""
        CREATE SCHEMA q;
        CREATE TABLE q.customers (id BIGINT);
        INSERT INTO q.customers VALUES (10), (11), (12);
        CREATE TABLE q.good (id BIGINT, customer_id BIGINT, status VARCHAR, amount DECIMAL(10,2), email VARCHAR,
            ordered_at TIMESTAMP);
        INSERT INTO q.good VALUES
          (1, 10, 'placed', 10.00, 'ann@example.com', TIMESTAMP '2020-01-01 00:00:00'),
          (2, 11, 'shipped', 20.00, 'bob@example.com', TIMESTAMP '2020-01-02 00:00:00'),
          (3, 12, 'placed', 30.00, 'cat@example.com', TIMESTAMP '2020-01-03 00:00:00');
        CREATE TABLE q.bad AS SELECT * FROM q.good WHERE false;
        INSERT INTO q.bad VALUES
          (1, NULL, 'placed', 10.00, 'ann@example.com', TIMESTAMP '2020-01-01 00:00:00'),
          (1, 10, 'lost', 20.00, 'ANN@example.com', TIMESTAMP '2020-01-02 00:00:00'),
          (2, 10, 'lost', -5.00, 'dan@example.com', TIMESTAMP '2020-01-03 00:00:00'),
          (3, 99, 'placed', 500.00, 'eve@example.com', TIMESTAMP '2999-01-01 00:00:00'),
          (4, 11, 'shipped', 1.00, 'fay@example.com', TIMESTAMP '2020-01-05 00:00:00'),
          (5, 12, 'shipped', 2.00, 'gus@example.com', TIMESTAMP '2020-01-06 00:00:00');
        """);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        kind("not_null", Map.of("column", "customer_id"), 1),
        kind("unique", Map.of("column", "id"), 1),
        kind("unique_expr", Map.of("key_expr", "lower(email)"), 1),
        kind("composite", Map.of("kind", "unique", "columns", List.of("customer_id", "status")), 1),
        kind("accepted_values", Map.of("column", "status", "values", List.of("placed", "shipped")), 2),
        kind("relationships", Map.of("column", "customer_id", "to_table", "q.customers", "to_column", "id"), 1),
        kind("expression", Map.of("expression", "amount >= 0"), 1),
        kind("row_count_range", Map.of("min", 1, "max", 3), 6),
        kind("in_range", Map.of("column", "amount", "min", 0, "max", "100"), 2),
        kind("regex_match", Map.of("column", "email", "pattern", "^[a-z]+@example\\.com$"), 1),
        kind("aggregate", Map.of("column", "amount", "op", "max", "cmp", "lte", "value", 100), -1),
        kind("not_in_future", Map.of("column", "ordered_at"), 1),
        kind("older_than_n_days", Map.of("column", "ordered_at", "days", 1), 1));
  }

  private static Arguments kind(String type, Map<String, Object> params, long failing) {
    Map<String, Object> raw = new java.util.LinkedHashMap<>(params);
    raw.put("type", type);
    return Arguments.of(type, raw, failing);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void passesOnGoodRowsAndFailsOnBadOnes(String type, Map<String, Object> raw, long failing) {
    Assertion a = AssertionParser.modelTest(raw, type);
    AssertionRunner runner = new AssertionRunner(db);

    CheckResult good = runner.run(a, GOOD).result();
    CheckResult bad = runner.run(a, BAD).result();

    assertThat(good.notEvaluated()).as("good: %s", good).isNull();
    assertThat(good.passed()).as("good: %s", good).isTrue();
    assertThat(bad.notEvaluated()).as("bad: %s", bad).isNull();
    assertThat(bad.passed()).as("bad: %s", bad).isFalse();
    assertThat(bad.severity()).isEqualTo(CheckSeverity.ERROR);
    assertThat(bad.details()).containsEntry("kind", type);
    switch (type) {
      case "row_count_range" -> assertThat(bad.details()).containsEntry("row_count", failing);
      case "aggregate" -> assertThat(bad.details().get("observed").toString()).isEqualTo("500.00");
      default -> assertThat(bad.details()).containsEntry("failing_rows", failing);
    }
  }

  @Test
  void aFilterScopesTheAssertionToItsRows() {
    AssertionRunner runner = new AssertionRunner(db);
    Assertion placed = AssertionParser.modelTest(Map.of("type", "not_null", "column", "customer_id",
        "filter", "status = 'placed'"), "placed");
    Assertion shipped = AssertionParser.modelTest(Map.of("type", "not_null", "column", "customer_id",
        "filter", "status = 'shipped'"), "shipped");

    assertThat(runner.run(placed, BAD).result().details()).containsEntry("failing_rows", 1L);
    assertThat(runner.run(shipped, BAD).result().passed()).isTrue();
  }

  @Test
  void aWarningFailsWithItsSeverityAndANameDefaultsToKindAndColumn() {
    Assertion a = AssertionParser.modelTest(Map.of("type", "not_null", "column", "customer_id",
        "severity", "warning"), "w");
    CheckResult r = new AssertionRunner(db).run(a, BAD).result();

    assertThat(r.name()).isEqualTo("not_null:customer_id");
    assertThat(r.passed()).isFalse();
    assertThat(r.severity()).isEqualTo(CheckSeverity.WARNING);
  }

  @Test
  void anAssertionOnAMissingColumnIsNotEvaluatedAndFails() {
    Assertion a = AssertionParser.modelTest(Map.of("type", "not_null", "column", "nope"), "missing");
    CheckResult r = new AssertionRunner(db).run(a, GOOD).result();

    assertThat(r.passed()).isFalse();
    assertThat(r.notEvaluated()).containsIgnoringCase("nope");
  }

  @Test
  void anExpressionThatCouldEndTheStatementIsRefusedBeforeItRuns() {
    Assertion a = AssertionParser.modelTest(Map.of("type", "expression",
        "expression", "amount > 0); DROP TABLE q.good; SELECT (1"), "evil");
    CheckResult r = new AssertionRunner(db).run(a, GOOD).result();

    assertThat(r.passed()).isFalse();
    assertThat(r.notEvaluated()).startsWith("refused the SQL of assertion 'expression' expression");
    assertThat(db.tableExists(new dev.rocky.core.project.TargetRef(null, "q", "good"))).isTrue();
  }
}
