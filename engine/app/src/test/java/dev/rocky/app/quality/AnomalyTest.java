package dev.rocky.app.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.config.ChecksConfig;
import dev.rocky.core.state.RowCountSnapshot;
import dev.rocky.planner.quality.CheckSeverity;
import dev.rocky.planner.sql.TableName;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The row count against the mean of its history in the state store. */
class AnomalyTest {
  final QualityFixture f = new QualityFixture();
  final CheckTarget orders = CheckTarget.table(new TableName(null, "raw", "orders"));
  final PipelineChecks checks = PipelineChecks.of("dq", new ChecksConfig(true, true, false, false, null, null, null,
      50.0, null, null, null)).orElseThrow();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void theFirstRunStartsTheBaselineAndAFallOfMoreThanTheThresholdIsAnAnomaly() {
    TableChecker checker = new TableChecker(f.db, f.state, f.clock);

    TableChecker.Outcome first = checker.check(orders, checks);
    f.clock.advance(Duration.ofHours(1));
    TableChecker.Outcome second = checker.check(orders, checks);
    f.db.execute("DELETE FROM raw.orders WHERE id > 50");
    f.clock.advance(Duration.ofHours(1));
    TableChecker.Outcome third = checker.check(orders, checks);

    assertThat(first.anomalies()).isEmpty();
    assertThat(first.result().checks().getFirst().details()).containsEntry("reason", "no history yet: this count starts the baseline");
    assertThat(second.anomalies()).isEmpty();
    assertThat(third.anomalies()).singleElement().satisfies(a -> {
      assertThat(a.table()).isEqualTo("raw.orders");
      assertThat(a.currentCount()).isEqualTo(50);
      assertThat(a.baselineAvg()).isEqualTo(200.0);
      assertThat(a.deviationPct()).isEqualTo(75.0);
    });
    CheckResult anomaly = third.result().checks().getFirst();
    assertThat(anomaly.name()).isEqualTo("anomaly");
    assertThat(anomaly.passed()).isFalse();
    assertThat(anomaly.severity()).isEqualTo(CheckSeverity.WARNING);
    assertThat(third.blocking()).as("an anomaly warns").isFalse();
    assertThat(f.state.rowCounts("raw.orders")).extracting(RowCountSnapshot::rowCount).containsExactly(200L, 200L, 50L);
  }

  @Test
  void aZeroThresholdTurnsAnomalyDetectionOff() {
    PipelineChecks off = PipelineChecks.of("dq", new ChecksConfig(true, true, true, false, null, null, null,
        0.0, null, null, null)).orElseThrow();

    TableChecker.Outcome out = new TableChecker(f.db, f.state, f.clock).check(orders, off);

    assertThat(out.result().checks()).extracting(CheckResult::name).containsExactly("row_count");
    assertThat(f.state.rowCounts("raw.orders")).isEmpty();
  }

  @Test
  void freshnessNullRateAndCustomReportTheirFigures() {
    ChecksConfig config = new ChecksConfig(true, true, false, false,
        new ChecksConfig.FreshnessCheck(3600L, Map.of("orders", 86_400L * 60), "warning"),
        new ChecksConfig.NullRate(java.util.List.of("customer_id", "status"), 0.005, 100, null),
        java.util.List.of(new ChecksConfig.CustomCheck("big_orders", "SELECT count(*) FROM {target} WHERE amount > 1000",
            0L, "warning")), 0.0, null, null, null);
    CheckTarget target = new CheckTarget(orders.table(), orders.assetKey(), orders.names(), "ordered_at", null, true);
    f.clock.set(java.time.Instant.parse("2026-01-10T08:00:00Z"));

    TableChecker.Outcome out = new TableChecker(f.db, f.state, f.clock).check(target, PipelineChecks.of("dq", config).orElseThrow());

    assertThat(out.result().checks()).extracting(CheckResult::name, CheckResult::passed).containsExactly(
        org.assertj.core.groups.Tuple.tuple("freshness", true),
        org.assertj.core.groups.Tuple.tuple("null_rate:customer_id", false),
        org.assertj.core.groups.Tuple.tuple("null_rate:status", true),
        org.assertj.core.groups.Tuple.tuple("big_orders", false));
    // The newest order is 2026-01-09 08:00 (order 200 at 200 hours past the new year): a day old.
    assertThat(out.result().checks().get(0).details()).containsEntry("lag_seconds", 86_400L)
        .containsEntry("threshold_seconds", 86_400L * 60);
    assertThat(out.result().checks().get(1).details()).containsEntry("null_rate", 0.01);
    assertThat(out.result().checks().get(3).details()).containsEntry("threshold", 0L)
        .containsEntry("query", "SELECT count(*) FROM \"raw\".\"orders\" WHERE amount > 1000");
    assertThat(out.blocking()).as("null_rate fails at severity error").isTrue();
  }
}
