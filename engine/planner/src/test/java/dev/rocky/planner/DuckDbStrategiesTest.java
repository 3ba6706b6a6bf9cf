package dev.rocky.planner;

import static dev.rocky.planner.Fixtures.model;
import static dev.rocky.planner.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.Strategy.Granularity;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.planner.partition.PartitionPlanner;
import dev.rocky.planner.partition.PartitionSelection;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.Statement.Purpose;
import dev.rocky.planner.target.TargetResolver;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each strategy's statements, run twice (first run, later run) on DuckDB. */
class DuckDbStrategiesTest {
  private DuckDbRunner db;

  @BeforeEach
  void open() throws Exception {
    db = new DuckDbRunner();
    db.exec("CREATE TABLE raw_orders (id INTEGER, customer_id INTEGER, amount DOUBLE, ordered_at TIMESTAMP)");
    db.exec("""
        INSERT INTO raw_orders VALUES
          (1, 10, 5.0, TIMESTAMP '2026-04-01 08:00:00'),
          (2, 10, 7.0, TIMESTAMP '2026-04-01 09:00:00'),
          (3, 20, 1.0, TIMESTAMP '2026-04-02 10:00:00')""");
  }

  @AfterEach
  void close() throws Exception {
    db.close();
  }

  private static ModelStep step(Model model, ModelSchema schema) {
    RunPlan plan = new RunPlanner(SqlDialect.DUCKDB, new ModelGraph(List.of(List.of(model.name())), Map.of()),
        List.of(model), Map.of(model.name(), schema), TargetResolver.of(SqlDialect.DUCKDB)).plan(Selection.all());
    return plan.steps().getFirst();
  }

  private static ModelStep step(String sql, Strategy strategy) {
    return step(model("fct", sql, strategy, target("memory", "marts", "fct")), ModelSchema.unknown("fct"));
  }

  @Test
  void fullRefreshRebuildsTheTableEachRun() throws Exception {
    ModelStep s = step("SELECT customer_id, SUM(amount) AS revenue FROM raw_orders GROUP BY ALL; -- per customer",
        new Strategy.FullRefresh());
    db.exec("CREATE SCHEMA memory.marts");
    db.run(s);
    db.exec("INSERT INTO raw_orders VALUES (4, 20, 2.0, TIMESTAMP '2026-04-03 00:00:00')");
    db.run(s);
    assertThat(db.rows("SELECT * FROM marts.fct ORDER BY 1")).containsExactly("10|12.0", "20|3.0");
  }

  @Test
  void incrementalLoadsTheWholeModelFirstThenOnlyRowsNewerThanTheWatermark() throws Exception {
    ModelStep s = step("SELECT id, amount, ordered_at FROM raw_orders", new Strategy.Incremental("ordered_at"));
    db.exec("CREATE SCHEMA memory.marts");
    db.run(s);
    assertThat(db.rows("SELECT count(*) FROM marts.fct")).containsExactly("3");
    assertThat(db.watermark(s.target())).isEqualTo(Instant.parse("2026-04-02T10:00:00Z"));

    db.exec("INSERT INTO raw_orders VALUES (4, 30, 9.0, TIMESTAMP '2026-04-03 00:00:00.5'),"
        + " (5, 30, 9.0, TIMESTAMP '2026-04-01 00:00:00')");
    db.run(s);
    assertThat(db.rows("SELECT id FROM marts.fct ORDER BY id")).containsExactly("1", "2", "3", "4");
    assertThat(db.watermark(s.target())).isEqualTo(Instant.parse("2026-04-03T00:00:00.5Z"));
    assertThat(db.log()).extracting(st -> st.purpose()).containsExactly(Purpose.CREATE_TABLE,
        Purpose.READ_WATERMARK, Purpose.INSERT_NEW_ROWS, Purpose.READ_WATERMARK);
  }

  @Test
  void mergeUpsertsOnTheKeyWithHostileColumnNames() throws Exception {
    String sql = "SELECT id, amount AS \"total amount\", customer_id AS \"we\"\"ird\" FROM raw_orders";
    ModelSchema schema = Fixtures.complete("fct", "id", "total amount", "we\"ird");
    ModelStep s = step(model("fct", sql, Fixtures.merge(List.of("id"), null), target(null, "main", "fct")), schema);
    db.run(s);
    db.exec("UPDATE raw_orders SET amount = 50.0 WHERE id = 1");
    db.exec("INSERT INTO raw_orders VALUES (4, 40, 4.0, TIMESTAMP '2026-04-03 00:00:00')");
    db.run(s);
    assertThat(db.rows("SELECT * FROM fct ORDER BY id")).containsExactly("1|50.0|10", "2|7.0|10", "3|1.0|20",
        "4|4.0|40");
    assertThat(db.log()).extracting(st -> st.purpose()).containsExactly(Purpose.CREATE_TABLE, Purpose.MERGE);
  }

  @Test
  void mergeWithUpdateColumnsAndAnIncompleteSchemaInsertsByName() throws Exception {
    ModelStep s = step("SELECT customer_id, SUM(amount) AS revenue, MAX(ordered_at) AS last FROM raw_orders GROUP BY 1",
        Fixtures.merge(List.of("customer_id"), List.of("revenue")));
    db.exec("CREATE SCHEMA memory.marts");
    db.run(s);
    db.exec("INSERT INTO raw_orders VALUES (4, 10, 1.0, TIMESTAMP '2026-05-01 00:00:00'),"
        + " (5, 30, 2.0, TIMESTAMP '2026-05-02 00:00:00')");
    db.run(s);
    assertThat(db.rows("SELECT * FROM marts.fct ORDER BY 1")).containsExactly(
        "10|13.0|2026-04-01 09:00:00.0", "20|1.0|2026-04-02 10:00:00.0", "30|2.0|2026-05-02 00:00:00.0");
  }

  @Test
  void deleteInsertReplacesOnlyThePartitionsOfTheIncomingRows() throws Exception {
    ModelStep s = step("SELECT id, amount, CAST(ordered_at AS DATE) AS day FROM raw_orders WHERE amount > 0",
        new Strategy.DeleteInsert(List.of("day")));
    db.exec("CREATE SCHEMA memory.marts");
    db.run(s);
    db.exec("UPDATE raw_orders SET amount = -1 WHERE id IN (1, 3)");
    db.run(s);
    assertThat(db.rows("SELECT id, day FROM marts.fct ORDER BY id")).containsExactly("2|2026-04-01", "3|2026-04-02");
    assertThat(db.log()).extracting(st -> st.purpose()).containsExactly(Purpose.CREATE_TABLE,
        Purpose.BEGIN_TRANSACTION, Purpose.DELETE_PARTITIONS, Purpose.INSERT_PARTITIONS, Purpose.COMMIT_TRANSACTION);
  }

  @Test
  void timeIntervalBootstrapsAnEmptyTableThenReplacesWindows() throws Exception {
    Strategy.TimeInterval daily = new Strategy.TimeInterval("ordered_at", Granularity.DAY, null, null, "2026-04-01");
    ModelStep s = step("""
        SELECT id, amount, ordered_at FROM raw_orders
        WHERE ordered_at >= @start_date AND ordered_at < @end_date""", daily);
    db.exec("CREATE SCHEMA memory.marts");
    db.run(s);
    assertThat(db.rows("SELECT count(*) FROM marts.fct")).containsExactly("0");
    assertThat(db.columns("SELECT * FROM marts.fct")).containsExactly("id", "amount", "ordered_at");
    db.run(s);
    assertThat(db.log()).extracting(st -> st.purpose()).containsExactly(Purpose.CREATE_EMPTY_TABLE);

    Clock clock = Clock.fixed(Instant.parse("2026-04-02T12:00:00Z"), ZoneOffset.UTC);
    db.runPartitions(s, PartitionPlanner.plan("fct", daily, new PartitionSelection.Missing(java.util.Set.of()), null,
        clock));
    assertThat(db.rows("SELECT id FROM marts.fct ORDER BY id")).containsExactly("1", "2", "3");

    db.exec("UPDATE raw_orders SET amount = 99 WHERE id = 2");
    db.exec("INSERT INTO raw_orders VALUES (4, 10, 1.0, TIMESTAMP '2026-04-02 23:59:59')");
    db.runPartitions(s, PartitionPlanner.plan("fct", daily, new PartitionSelection.Single("2026-04-01"), null, clock));
    assertThat(db.rows("SELECT id, amount FROM marts.fct ORDER BY id")).containsExactly("1|5.0", "2|99.0", "3|1.0");
  }

  @Test
  void viewsAreReplaced() throws Exception {
    ModelStep s = step("SELECT id FROM raw_orders WHERE amount > 2", new Strategy.View());
    db.exec("CREATE SCHEMA memory.marts");
    db.run(s);
    db.run(s);
    assertThat(db.rows("SELECT * FROM marts.fct ORDER BY id")).containsExactly("1", "2");
  }
}
