package dev.rocky.app.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.planner.replay.TravelPoint;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pinning a recorded step's inputs to their recorded points, in its own SQL and in the CTEs binding its upstreams. */
class TravelBindingTest {
  private static final String STEP = """
      WITH `stg_orders` AS (
      SELECT * FROM `main`.`staging`.`stg_orders`
      )
      SELECT o.id, c.name, o.amount
      FROM stg_orders AS o
      JOIN raw.customers c ON c.id = o.customer_id
      WHERE o.id IN (SELECT id FROM raw.customers)""";

  @Test
  void databricksReadsEachTableAtItsVersionBeforeItsAlias() throws Exception {
    String bound = new TravelBinding(SqlDialect.DATABRICKS).bind("fct", "models/fct.sql", STEP, List.of(
        Provenance.Snapshot.travel(new TableName("main", "staging", "stg_orders"), "stg_orders", new TravelPoint.Version(3)),
        Provenance.Snapshot.travel(new TableName(null, "raw", "customers"), null, new TravelPoint.Version(12))));

    assertThat(bound).isEqualTo("""
        WITH `stg_orders` AS (
        SELECT * FROM `main`.`staging`.`stg_orders` VERSION AS OF 3
        )
        SELECT o.id, c.name, o.amount
        FROM stg_orders AS o
        JOIN raw.customers VERSION AS OF 12 c ON c.id = o.customer_id
        WHERE o.id IN (SELECT id FROM raw.customers VERSION AS OF 12)""");
  }

  @Test
  void snowflakeReadsEveryTableAtTheStatementTime() throws Exception {
    Instant at = Instant.parse("2026-01-05T12:00:00Z");
    String bound = new TravelBinding(SqlDialect.SNOWFLAKE).bind("fct", "models/fct.sql",
        "SELECT \"ID\", amount FROM \"analytics\".\"raw\".\"orders\" o", List.of(
            Provenance.Snapshot.travel(new TableName("analytics", "raw", "orders"), null, new TravelPoint.At(at))));

    assertThat(bound).isEqualTo("SELECT \"ID\", amount FROM \"analytics\".\"raw\".\"orders\""
        + " AT(TIMESTAMP => TO_TIMESTAMP_LTZ('2026-01-05T12:00:00.000000000Z')) o");
  }

  @Test
  void aTableWithoutARecordedPointIsNotReplayable() {
    assertThatThrownBy(() -> new TravelBinding(SqlDialect.DATABRICKS).bind("fct", "models/fct.sql", STEP, List.of(
        Provenance.Snapshot.travel(new TableName("main", "staging", "stg_orders"), "stg_orders", new TravelPoint.Version(3)))))
        .isInstanceOf(RecordedModel.NotReplayable.class).hasMessageContaining("raw.customers");
    assertThatThrownBy(() -> new TravelBinding(SqlDialect.DATABRICKS).bind("fct", "models/fct.sql", STEP, List.of(
        new Provenance.Snapshot(new TableName(null, "raw", "customers"), null, null, null, List.of(), "no history"))))
        .isInstanceOf(RecordedModel.NotReplayable.class).hasMessageContaining("no history");
  }

  @Test
  void warehouseAnswersThatHistoryIsGoneAreRecognised() {
    assertThat(HistoryGone.matches("Time travel data is not available for table ORDERS. The requested time is either "
        + "beyond the allowed time travel period or before the object creation time.")).isTrue();
    assertThat(HistoryGone.matches("[DELTA_TIMESTAMP_EARLIER_THAN_COMMIT_RETENTION] The provided timestamp is before "
        + "the earliest version available")).isTrue();
    assertThat(HistoryGone.matches("[TABLE_OR_VIEW_NOT_FOUND] The table or view `raw`.`orders` cannot be found")).isFalse();
    assertThat(HistoryGone.matches(null)).isFalse();
  }
}
