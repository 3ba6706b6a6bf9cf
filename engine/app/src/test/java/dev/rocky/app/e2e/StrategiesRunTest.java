package dev.rocky.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.app.fixture.RunHarness;
import dev.rocky.app.fixture.Seeds;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.Strategy.Granularity;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.PartitionStatus;
import dev.rocky.core.state.Watermark;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every materialization strategy, run twice where the second run matters, on DuckDB. */
class StrategiesRunTest {
  @TempDir Path dir;
  RunHarness h;

  @BeforeEach
  void open() {
    h = RunHarness.open(dir);
  }

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void incrementalAppendsOnlyNewerRowsAndKeepsTheWatermarkAtTheMaximum() {
    Seeds.events(h, 500);
    TestProject p = new TestProject("analytics")
        .model("events_inc", new Strategy.Incremental("ts"), "SELECT id, ts, v FROM raw.events");

    RunOutput first = h.run(p);
    RunHarness.succeeded(first);
    assertThat(first.exitCode()).isZero();
    assertThat(first.materializations()).singleElement().satisfies(m -> {
      assertThat(m.rowsCopied()).isEqualTo(500);
      assertThat(m.assetKey()).containsExactly("analytics", "events_inc");
      assertThat(m.metadata().strategy()).isEqualTo("incremental");
      assertThat(m.metadata().watermark()).isEqualTo("2026-01-01T08:20:00Z");
      assertThat(m.metadata().targetTableFullName()).isEqualTo("analytics.events_inc");
      assertThat(m.metadata().sqlHash()).matches("[0-9a-f]{16}");
    });
    assertThat(watermark()).isEqualTo(Instant.parse("2026-01-01T08:20:00Z"));

    Seeds.addEvents(h, 501, 525);
    RunOutput second = h.run(p);
    assertThat(second.materializations()).singleElement().satisfies(m -> assertThat(m.rowsCopied()).isEqualTo(25));
    assertThat(h.count("analytics.events_inc")).isEqualTo(525);
    assertThat(h.rows("SELECT count(DISTINCT id), max(ts) FROM analytics.events_inc"))
        .containsExactly("525|2026-01-01T08:45");
    assertThat(watermark()).isEqualTo(Instant.parse("2026-01-01T08:45:00Z"));

    RunOutput third = h.run(p);
    assertThat(third.materializations()).singleElement().satisfies(m -> assertThat(m.rowsCopied()).isZero());
    assertThat(h.count("analytics.events_inc")).isEqualTo(525);
    assertThat(watermark()).isEqualTo(Instant.parse("2026-01-01T08:45:00Z"));
  }

  private Instant watermark() {
    return h.state().watermark("analytics.events_inc").map(Watermark::lastValue).orElseThrow();
  }

  @Test
  void mergeUpsertsADeltaOnTheUniqueKey() {
    h.sql("CREATE SCHEMA raw", "CREATE TABLE raw.customer_changes (id INTEGER, name VARCHAR, tier VARCHAR)",
        "INSERT INTO raw.customer_changes SELECT i, 'c' || i, 'basic' FROM range(1, 51) t(i)");
    TestProject p = new TestProject("analytics")
        .model("customers", new Strategy.Merge(List.of("id"), null), "SELECT id, name, tier FROM raw.customer_changes")
        .schema("customers", "id:Int32", "name:String", "tier:String");
    RunHarness.succeeded(h.run(p));
    assertThat(h.count("analytics.customers")).isEqualTo(50);

    h.sql("DELETE FROM raw.customer_changes",
        "INSERT INTO raw.customer_changes VALUES (3, 'c3', 'gold'), (7, 'seven', 'silver'), (51, 'c51', 'basic')");
    RunOutput second = h.run(p);

    RunHarness.succeeded(second);
    assertThat(h.count("analytics.customers")).isEqualTo(51);
    assertThat(h.rows("SELECT id, name, tier FROM analytics.customers WHERE id IN (2, 3, 7, 51) ORDER BY id"))
        .containsExactly("2|c2|basic", "3|c3|gold", "7|seven|silver", "51|c51|basic");
    assertThat(h.rows("SELECT count(*) FROM analytics.customers WHERE tier = 'basic'")).containsExactly("49");
  }

  @Test
  void deleteInsertReplacesExactlyThePartitionsOfTheIncomingRows() {
    h.sql("CREATE SCHEMA raw", "CREATE TABLE raw.sales_batch (day DATE, region VARCHAR, amount INTEGER)",
        "INSERT INTO raw.sales_batch VALUES ('2026-01-01', 'eu', 10), ('2026-01-01', 'us', 20),"
            + " ('2026-01-02', 'eu', 30), ('2026-01-02', 'us', 40)");
    TestProject p = new TestProject("analytics").model("sales", new Strategy.DeleteInsert(List.of("day")),
        "SELECT day, region, amount FROM raw.sales_batch");
    h.run(p);

    h.sql("DELETE FROM raw.sales_batch",
        "INSERT INTO raw.sales_batch VALUES ('2026-01-02', 'eu', 35), ('2026-01-03', 'eu', 50), ('2026-01-03', 'us', 60)");
    RunOutput second = h.run(p);

    RunHarness.succeeded(second);
    assertThat(h.rows("SELECT day, region, amount FROM analytics.sales ORDER BY day, region")).containsExactly(
        "2026-01-01|eu|10", "2026-01-01|us|20", "2026-01-02|eu|35", "2026-01-03|eu|50", "2026-01-03|us|60");
  }

  @Test
  void timeIntervalRecomputesAPartitionToPickUpALateRow() {
    Seeds.events(h, 0);
    h.sql("INSERT INTO raw.events VALUES (1, '2026-01-01 10:00', 'a'), (2, '2026-01-02 11:00', 'b'),"
        + " (3, '2026-01-02 23:59:59', 'c'), (4, '2026-01-03 00:00', 'd'), (5, '2026-01-04 09:00', 'outside')");
    TestProject p = new TestProject("analytics").model("daily",
        new Strategy.TimeInterval("ts", Granularity.DAY, null, null, "2026-01-01"),
        "SELECT id, ts, v FROM raw.events WHERE ts >= @start_date AND ts < @end_date");

    RunOutput first = h.run(p, h.options(p).partitions(PartitionOptions.range("2026-01-01", "2026-01-03")).build());

    RunHarness.succeeded(first);
    assertThat(h.rows("SELECT id FROM analytics.daily ORDER BY id")).containsExactly("1", "2", "3", "4");
    assertThat(first.materializations()).extracting(m -> m.partition().key())
        .containsExactly("2026-01-01", "2026-01-02", "2026-01-03");
    assertThat(first.materializations().get(1).partition().start()).isEqualTo("2026-01-02T00:00:00Z");
    assertThat(first.materializations().get(1).partition().end()).isEqualTo("2026-01-03T00:00:00Z");
    assertThat(first.partitionSummaries()).singleElement()
        .satisfies(s -> assertThat(s.partitionsSucceeded()).isEqualTo(3));
    assertThat(h.state().partitions("daily")).extracting(PartitionRecord::partitionKey, PartitionRecord::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-01-01", PartitionStatus.COMPUTED),
            org.assertj.core.groups.Tuple.tuple("2026-01-02", PartitionStatus.COMPUTED),
            org.assertj.core.groups.Tuple.tuple("2026-01-03", PartitionStatus.COMPUTED));

    h.sql("INSERT INTO raw.events VALUES (6, '2026-01-02 12:30', 'late')");
    RunOutput late = h.run(p, h.options(p).partitions(PartitionOptions.single("2026-01-02")).build());

    assertThat(late.materializations()).singleElement().satisfies(m -> assertThat(m.partition().key())
        .isEqualTo("2026-01-02"));
    assertThat(h.rows("SELECT id FROM analytics.daily ORDER BY id")).containsExactly("1", "2", "3", "4", "6");
    assertThat(h.state().partition("daily", "2026-01-02").orElseThrow().runId()).isEqualTo(late.runId());
    assertThat(h.state().partition("daily", "2026-01-01").orElseThrow().runId()).isEqualTo(first.runId());

    RunOutput missing = h.run(p, h.options(p).partitions(PartitionOptions.missingPartitions()).build());
    assertThat(missing.materializations()).extracting(m -> m.partition().key())
        .containsExactly("2026-01-04", "2026-01-05");
    assertThat(h.rows("SELECT id FROM analytics.daily ORDER BY id")).containsExactly("1", "2", "3", "4", "5", "6");
  }

  @Test
  void aViewIsCreatedOnceAndShowsTheSourceAsItIsNow() {
    Seeds.events(h, 5);
    TestProject p = new TestProject("analytics").model("recent", new Strategy.View(), "SELECT id, v FROM raw.events WHERE id > 3");
    RunOutput out = h.run(p);

    assertThat(out.materializations()).singleElement().satisfies(m -> {
      assertThat(m.metadata().strategy()).isEqualTo("view");
      assertThat(m.rowsCopied()).isNull();
    });
    assertThat(h.rows("SELECT table_type FROM information_schema.tables WHERE table_name = 'recent'"))
        .containsExactly("VIEW");
    assertThat(h.rows("SELECT id FROM analytics.recent ORDER BY id")).containsExactly("4", "5");
    Seeds.addEvents(h, 6, 6);
    assertThat(h.rows("SELECT id FROM analytics.recent ORDER BY id")).containsExactly("4", "5", "6");
  }

  @Test
  void anEphemeralModelIsInlinedIntoItsConsumerAndNeverMaterialized() {
    Seeds.events(h, 10);
    TestProject p = new TestProject("analytics")
        .model("even_events", new Strategy.Ephemeral(), "SELECT id, v FROM raw.events WHERE id % 2 = 0")
        .model("even_count", new Strategy.FullRefresh(), "SELECT count(*) AS n, max(id) AS top FROM even_events",
            "even_events");
    RunOutput out = h.run(p);

    RunHarness.succeeded(out);
    assertThat(out.materializations()).extracting(m -> m.metadata().targetTableFullName())
        .containsExactly("analytics.even_count");
    assertThat(h.rows("SELECT n, top FROM analytics.even_count")).containsExactly("5|10");
    assertThat(h.exists("analytics.even_events")).isFalse();
  }
}
