package dev.rocky.planner.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statements of assertions and quarantine, exactly, and the gate on user SQL. */
class QualitySqlTest {
  static final TableName ORDERS = new TableName(null, "raw", "orders");

  static Assertion assertion(AssertionKind kind, String column) {
    return new Assertion(null, kind, column, CheckSeverity.ERROR, null, null);
  }

  @Test
  void rowLevelAssertionsCountTheRowsTheirTotalPredicateRejects() {
    AssertionSql sql = new AssertionSql(SqlDialect.DUCKDB);
    Assertion values = new Assertion(null, new AssertionKind.AcceptedValues(List.of("placed", "it's")), "status",
        CheckSeverity.ERROR, "amount > 0", null);

    assertThat(sql.query(values, ORDERS).sql()).isEqualTo("SELECT COUNT(*) FROM \"raw\".\"orders\" WHERE NOT ("
        + "(CASE WHEN (amount > 0) THEN ((\"status\" IS NULL OR \"status\" IN ('placed', 'it''s'))) ELSE TRUE END))");
    assertThat(sql.validPredicate(assertion(new AssertionKind.InRange(BigDecimal.ZERO, new BigDecimal("10000")), "amount")))
        .isEqualTo("(\"amount\" IS NULL OR NOT (\"amount\" < 0 OR \"amount\" > 10000))");
  }

  @Test
  void setKindsGroupAndRegexAndDatesFollowTheDialect() {
    Assertion unique = assertion(new AssertionKind.Unique(), "id");
    Assertion regex = assertion(new AssertionKind.RegexMatch("^[a-z]+$"), "email");
    Assertion old = assertion(new AssertionKind.OlderThanNDays(3), "ts");

    assertThat(new AssertionSql(SqlDialect.DUCKDB).query(unique, ORDERS).sql()).isEqualTo("SELECT COUNT(*) FROM"
        + " (SELECT \"id\" FROM \"raw\".\"orders\" GROUP BY \"id\" HAVING COUNT(*) > 1) AS _rocky_duplicates");
    assertThat(new AssertionSql(SqlDialect.DATABRICKS).validPredicate(regex))
        .isEqualTo("(`email` IS NULL OR `email` RLIKE '^[a-z]+$')");
    assertThat(new AssertionSql(SqlDialect.SNOWFLAKE).validPredicate(old))
        .isEqualTo("(\"TS\" IS NULL OR \"TS\" <= DATEADD(day, -3, CURRENT_DATE()))");
  }

  @Test
  void relationshipsLookForTheValueInTheReferencedTable() {
    Assertion fk = assertion(new AssertionKind.Relationships("customers", "id"), "customer_id");

    assertThat(new AssertionSql(SqlDialect.DUCKDB).query(fk, ORDERS).sql()).isEqualTo("SELECT COUNT(*) FROM"
        + " \"raw\".\"orders\" AS _rocky_child WHERE _rocky_child.\"customer_id\" IS NOT NULL AND NOT EXISTS"
        + " (SELECT 1 FROM \"raw\".\"customers\" AS _rocky_parent WHERE _rocky_parent.\"id\" = _rocky_child.\"customer_id\")");
  }

  @Test
  void splitLabelsOnceInAWorkingTableThenWritesBothOutputsAndDropsIt() {
    List<Assertion> assertions = List.of(assertion(new AssertionKind.NotNull(), "customer_id"),
        assertion(new AssertionKind.Unique(), "id"),
        new Assertion(null, new AssertionKind.NotNull(), "status", CheckSeverity.WARNING, null, null));

    QuarantinePlan plan = new QuarantineSql(SqlDialect.DUCKDB).plan(ORDERS, assertions, QuarantineMode.SPLIT,
        "__valid", "__quarantine", "0123abcd", List.of()).orElseThrow();

    assertThat(plan.labels()).extracting(QuarantinePlan.Label::column).containsExactly("_error_not_null_customer_id");
    assertThat(plan.statements()).containsExactly(
        "CREATE TABLE \"raw\".\"_rocky_quarantine_0123abcd\" AS SELECT *, CASE WHEN NOT (\"customer_id\" IS NOT NULL)"
            + " THEN '_error_not_null_customer_id' END AS \"_rocky_ql0_0123abcd\" FROM \"raw\".\"orders\"",
        "CREATE OR REPLACE TABLE \"raw\".\"orders__quarantine\" AS SELECT * EXCLUDE (\"_rocky_ql0_0123abcd\"),"
            + " \"_rocky_ql0_0123abcd\" AS \"_error_not_null_customer_id\" FROM \"raw\".\"_rocky_quarantine_0123abcd\""
            + " WHERE \"_rocky_ql0_0123abcd\" IS NOT NULL",
        "CREATE OR REPLACE TABLE \"raw\".\"orders__valid\" AS SELECT * EXCLUDE (\"_rocky_ql0_0123abcd\")"
            + " FROM \"raw\".\"_rocky_quarantine_0123abcd\" WHERE \"_rocky_ql0_0123abcd\" IS NULL");
    assertThat(plan.cleanup()).containsExactly("DROP TABLE IF EXISTS \"raw\".\"_rocky_quarantine_0123abcd\"");
  }

  @Test
  void twoAssertionsOnOneColumnGetDistinctLabelsAndDatabricksExceptsTheWorkingColumns() {
    List<Assertion> assertions = List.of(assertion(new AssertionKind.NotNull(), "id"),
        assertion(new AssertionKind.NotNull(), "id"));

    QuarantinePlan plan = new QuarantineSql(SqlDialect.DATABRICKS).plan(ORDERS, assertions, QuarantineMode.SPLIT,
        "__ok", "__bad", "0123abcd", List.of()).orElseThrow();

    assertThat(plan.labels()).extracting(QuarantinePlan.Label::column).containsExactly("_error_not_null_id", "_error_not_null_id_2");
    assertThat(plan.statements().get(2)).startsWith("CREATE OR REPLACE TABLE `raw`.`orders__ok` AS SELECT * EXCEPT (");
  }

  @Test
  void quarantineRefusesToWriteOverTheSourceOrOneOutputOverTheOther() {
    List<Assertion> assertions = List.of(assertion(new AssertionKind.NotNull(), "id"));
    QuarantineSql sql = new QuarantineSql(SqlDialect.DUCKDB);

    assertThatThrownBy(() -> sql.plan(ORDERS, assertions, QuarantineMode.SPLIT, "", "__q", "0123abcd", List.of()))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(QualityErrorCode.QUALITY_TABLE_COLLISION))
        .hasMessageContaining("set suffix_valid to a non-empty value");
    assertThatThrownBy(() -> sql.plan(ORDERS, assertions, QuarantineMode.SPLIT, "__x", "__x", "0123abcd", List.of()))
        .hasMessageContaining("give suffix_valid and suffix_quarantine different values");
    assertThat(sql.plan(ORDERS, List.of(assertion(new AssertionKind.Unique(), "id")), QuarantineMode.SPLIT, "__v", "__q",
        "0123abcd", List.of())).as("set kinds never quarantine").isEmpty();
  }

  @Test
  void tagReplacesTheLabelsTheTableAlreadyHas() {
    QuarantinePlan plan = new QuarantineSql(SqlDialect.DUCKDB).plan(ORDERS,
        List.of(assertion(new AssertionKind.NotNull(), "id")), QuarantineMode.TAG, "__v", "__q", "0123abcd",
        List.of("id", "_ERROR_NOT_NULL_ID")).orElseThrow();

    assertThat(plan.statements()).containsExactly("CREATE OR REPLACE TABLE \"raw\".\"orders\" AS SELECT"
        + " * EXCLUDE (\"_ERROR_NOT_NULL_ID\"), CASE WHEN NOT (\"id\" IS NOT NULL) THEN '_error_not_null_id' END AS"
        + " \"_error_not_null_id\" FROM \"raw\".\"orders\"");
  }

  @Test
  void userFragmentsThatCouldLeaveTheirPlaceAreRefused() {
    assertThat(SqlFragments.expression("x", " amount > 0 AND status <> ';' ", SqlDialect.DUCKDB))
        .isEqualTo("amount > 0 AND status <> ';'");
    for (String bad : List.of("1; DROP TABLE t", "1) OR (1", "a -- comment", "a /* c */", "'open", "(a")) {
      assertThatThrownBy(() -> SqlFragments.expression("x", bad, SqlDialect.DUCKDB)).as(bad)
          .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(QualityErrorCode.QUALITY_UNSAFE_SQL));
    }
    String escaped = "a = '\\'; b'";
    assertThat(SqlFragments.expression("x", escaped, SqlDialect.DATABRICKS)).as("one literal on Databricks").isEqualTo(escaped);
    assertThatThrownBy(() -> SqlFragments.expression("x", escaped, SqlDialect.DUCKDB))
        .as("on DuckDB a backslash escapes nothing, so the ';' is code").hasMessageContaining("';'");
  }

  @Test
  void aCustomQueryGetsItsTargetOnlyInCodeAndLosesTrailingSemicolons() {
    assertThat(new CheckSql(SqlDialect.DUCKDB).custom("c", "SELECT count(*) FROM {target} WHERE note <> '{target}';",
        ORDERS)).isEqualTo("SELECT count(*) FROM \"raw\".\"orders\" WHERE note <> '{target}'");
    assertThat(new CheckSql(SqlDialect.DATABRICKS).nullCounts(ORDERS, List.of("a"), 10))
        .isEqualTo("SELECT COUNT(*), SUM(CASE WHEN `a` IS NULL THEN 1 ELSE 0 END) FROM `raw`.`orders` TABLESAMPLE (10 PERCENT)");
  }

  @Test
  void fixtureTablesCastKnownColumnsAndQuoteTheirLiterals() {
    FixtureSql sql = new FixtureSql(SqlDialect.DUCKDB);
    FixtureSql.Table t = new FixtureSql.Table(sql.tableOf("raw.orders"), List.of(
        new FixtureSql.Column("id", dev.rocky.core.types.RockyType.INT64), new FixtureSql.Column("note", null)),
        List.of(List.of(1, "it's"), java.util.Arrays.asList(2, null)));

    assertThat(sql.create(t)).containsExactly("CREATE SCHEMA IF NOT EXISTS \"raw\"",
        "CREATE TABLE \"raw\".\"orders\" AS SELECT CAST(\"id\" AS BIGINT) AS \"id\", \"note\" FROM (VALUES\n"
            + "  (1, 'it''s'),\n  (2, NULL)) AS _rocky_fixture(\"id\", \"note\")");
    assertThat(sql.tableOf("stg")).isEqualTo(new TableName(null, "main", "stg"));
  }
}
