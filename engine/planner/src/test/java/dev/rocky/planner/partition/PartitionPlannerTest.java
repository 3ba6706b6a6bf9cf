package dev.rocky.planner.partition;

import static dev.rocky.core.project.Strategy.Granularity.DAY;
import static dev.rocky.core.project.Strategy.Granularity.HOUR;
import static dev.rocky.core.project.Strategy.Granularity.MONTH;
import static dev.rocky.core.project.Strategy.Granularity.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.Strategy.Granularity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PartitionPlannerTest {
  /** 2026-04-03 10:15 UTC, seen from a machine in another zone: the zone must not matter. */
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-04-03T10:15:00Z"), ZoneId.of("Asia/Tokyo"));

  private static Strategy.TimeInterval ti(Granularity grain, @Nullable Integer lookback, @Nullable Integer batch,
      @Nullable String first) {
    return new Strategy.TimeInterval("ts", grain, lookback, batch, first);
  }

  private static List<String> keys(List<PartitionWindow> windows) {
    return windows.stream().flatMap(w -> w.keys().stream()).toList();
  }

  private static List<PartitionWindow> plan(Strategy.TimeInterval s, PartitionSelection sel, @Nullable Integer lb) {
    return PartitionPlanner.plan("m", s, sel, lb, NOW);
  }

  @Test
  void latestIsThePartitionContainingNowInUtc() {
    assertThat(keys(plan(ti(HOUR, null, null, null), new PartitionSelection.Latest(), null)))
        .containsExactly("2026-04-03T10");
    assertThat(keys(plan(ti(DAY, null, null, null), new PartitionSelection.Latest(), null)))
        .containsExactly("2026-04-03");
    assertThat(keys(plan(ti(MONTH, null, null, null), new PartitionSelection.Latest(), null)))
        .containsExactly("2026-04");
    assertThat(keys(plan(ti(YEAR, null, null, null), new PartitionSelection.Latest(), null)))
        .containsExactly("2026");
  }

  @Test
  void singleRunsExactlyThatPartition() {
    List<PartitionWindow> w = plan(ti(DAY, null, null, null), new PartitionSelection.Single("2024-02-29"), null);
    assertThat(w).containsExactly(new PartitionWindow("2024-02-29", LocalDateTime.of(2024, 2, 29, 0, 0),
        LocalDateTime.of(2024, 3, 1, 0, 0), List.of()));
  }

  @Test
  void rangeIsInclusiveAtBothEndsAndCrossesLeapDays() {
    assertThat(keys(plan(ti(DAY, null, null, null), new PartitionSelection.Range("2024-02-27", "2024-03-01"), null)))
        .containsExactly("2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01");
    assertThat(keys(plan(ti(DAY, null, null, null), new PartitionSelection.Range("2023-02-27", "2023-03-01"), null)))
        .containsExactly("2023-02-27", "2023-02-28", "2023-03-01");
    assertThat(keys(plan(ti(MONTH, null, null, null), new PartitionSelection.Range("2025-11", "2026-02"), null)))
        .containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
    assertThat(keys(plan(ti(YEAR, null, null, null), new PartitionSelection.Range("2023", "2025"), null)))
        .containsExactly("2023", "2024", "2025");
    assertThat(keys(plan(ti(DAY, null, null, null), new PartitionSelection.Range("2026-04-01", "2026-04-01"), null)))
        .containsExactly("2026-04-01");
  }

  @Test
  void rangeBoundsAreAlignedToTheGrain() {
    assertThat(keys(plan(ti(DAY, null, null, null),
        new PartitionSelection.Range("2026-04-01T23:30:00", "2026-04-03T00"), null)))
        .containsExactly("2026-04-01", "2026-04-02", "2026-04-03");
    assertThat(keys(plan(ti(HOUR, null, null, null),
        new PartitionSelection.Range("2026-04-01T22:59", "2026-04-02T01:00"), null)))
        .containsExactly("2026-04-01T22", "2026-04-01T23", "2026-04-02T00", "2026-04-02T01");
  }

  @Test
  void refusesAnInvertedRange() {
    assertThatThrownBy(() -> plan(ti(DAY, null, null, null), new PartitionSelection.Range("2026-04-02", "2026-04-01"),
        null)).hasMessageContaining("--from 2026-04-02 is after --to 2026-04-01");
  }

  @Test
  void lookbackAddsThePartitionsBeforeTheEarliestSelected() {
    assertThat(keys(plan(ti(DAY, 2, null, null), new PartitionSelection.Latest(), null)))
        .containsExactly("2026-04-01", "2026-04-02", "2026-04-03");
    assertThat(keys(plan(ti(DAY, 2, null, null), new PartitionSelection.Single("2024-03-01"), null)))
        .containsExactly("2024-02-28", "2024-02-29", "2024-03-01");
    assertThat(keys(plan(ti(MONTH, null, null, null), new PartitionSelection.Single("2026-01"), 2)))
        .containsExactly("2025-11", "2025-12", "2026-01");
  }

  @Test
  void theCommandLineLookbackOverridesTheModels() {
    assertThat(keys(plan(ti(DAY, 5, null, null), new PartitionSelection.Latest(), 1)))
        .containsExactly("2026-04-02", "2026-04-03");
    assertThat(keys(plan(ti(DAY, 5, null, null), new PartitionSelection.Latest(), 0))).containsExactly("2026-04-03");
  }

  @Test
  void missingRunsEveryUncomputedPartitionUpToNow() {
    Strategy.TimeInterval s = ti(DAY, null, null, "2026-03-29");
    assertThat(keys(plan(s, new PartitionSelection.Missing(Set.of("2026-03-30", "2026-04-02", "junk")), null)))
        .containsExactly("2026-03-29", "2026-03-31", "2026-04-01", "2026-04-03");
    assertThat(keys(plan(ti(YEAR, null, null, "2024"), new PartitionSelection.Missing(Set.of("2024", "2025", "2026")),
        null))).isEmpty();
  }

  @Test
  void missingNeedsAFirstPartitionInThePast() {
    assertThatThrownBy(() -> plan(ti(DAY, null, null, null), new PartitionSelection.Missing(Set.of()), null))
        .hasMessageContaining("--missing needs first_partition");
    assertThatThrownBy(() -> plan(ti(DAY, null, null, "2026-05-01"), new PartitionSelection.Missing(Set.of()), null))
        .hasMessageContaining("first_partition 2026-05-01 is after the current partition 2026-04-03");
    assertThatThrownBy(() -> plan(ti(DAY, null, null, "2026-04"), new PartitionSelection.Missing(Set.of()), null))
        .hasMessageContaining("invalid partition key '2026-04'");
  }

  @Test
  void batchesMergeConsecutivePartitionsUpToTheBatchSize() {
    List<PartitionWindow> w = plan(ti(HOUR, null, 3, null),
        new PartitionSelection.Range("2026-04-01T22", "2026-04-02T02"), null);
    assertThat(w).containsExactly(
        new PartitionWindow("2026-04-01T22", LocalDateTime.of(2026, 4, 1, 22, 0), LocalDateTime.of(2026, 4, 2, 1, 0),
            List.of("2026-04-01T23", "2026-04-02T00")),
        new PartitionWindow("2026-04-02T01", LocalDateTime.of(2026, 4, 2, 1, 0), LocalDateTime.of(2026, 4, 2, 3, 0),
            List.of("2026-04-02T02")));
  }

  @Test
  void aGapAlwaysEndsABatch() {
    List<PartitionWindow> w = plan(ti(DAY, null, 10, "2026-03-30"),
        new PartitionSelection.Missing(Set.of("2026-04-01")), null);
    assertThat(w).extracting(PartitionWindow::keys)
        .containsExactly(List.of("2026-03-30", "2026-03-31"), List.of("2026-04-02", "2026-04-03"));
  }

  @Test
  void refusesNegativeLookbackAndEmptyBatches() {
    assertThatThrownBy(() -> plan(ti(DAY, -1, null, null), new PartitionSelection.Latest(), null))
        .hasMessageContaining("lookback must be >= 0");
    assertThatThrownBy(() -> plan(ti(DAY, null, 0, null), new PartitionSelection.Latest(), null))
        .hasMessageContaining("batch_size must be >= 1");
  }
}
