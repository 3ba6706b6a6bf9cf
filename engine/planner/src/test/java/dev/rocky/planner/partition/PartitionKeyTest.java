package dev.rocky.planner.partition;

import static dev.rocky.core.project.Strategy.Granularity.DAY;
import static dev.rocky.core.project.Strategy.Granularity.HOUR;
import static dev.rocky.core.project.Strategy.Granularity.MONTH;
import static dev.rocky.core.project.Strategy.Granularity.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.project.Strategy.Granularity;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartitionKeyTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "HOUR,  2026-04-01T05, 2026-04-01T05:00, 2026-04-01T06:00",
    "HOUR,  2026-12-31T23, 2026-12-31T23:00, 2027-01-01T00:00",
    "DAY,   2026-04-01,    2026-04-01T00:00, 2026-04-02T00:00",
    "DAY,   2024-02-28,    2024-02-28T00:00, 2024-02-29T00:00",
    "DAY,   2024-02-29,    2024-02-29T00:00, 2024-03-01T00:00",
    "DAY,   2025-02-28,    2025-02-28T00:00, 2025-03-01T00:00",
    "MONTH, 2024-02,       2024-02-01T00:00, 2024-03-01T00:00",
    "MONTH, 2026-12,       2026-12-01T00:00, 2027-01-01T00:00",
    "YEAR,  2024,          2024-01-01T00:00, 2025-01-01T00:00",
  })
  void parsesCanonicalKeysIntoHalfOpenWindows(Granularity grain, String key, LocalDateTime start, LocalDateTime end) {
    PartitionKey k = PartitionKey.parse(grain, key);
    assertThat(k.key()).isEqualTo(key);
    assertThat(k.start()).isEqualTo(start);
    assertThat(k.end()).isEqualTo(end);
    assertThat(k.window()).isEqualTo(new PartitionWindow(key, start, end, java.util.List.of()));
    assertThat(k.next().previous()).isEqualTo(k);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "DAY,   2026-4-01",
    "DAY,   2026-04-01T00",
    "DAY,   2026-04",
    "DAY,   2025-02-29",
    "DAY,   2026-04-31",
    "HOUR,  2026-04-01 05",
    "HOUR,  2026-04-01T24",
    "HOUR,  2026-04-01T05:00",
    "MONTH, 2026-13",
    "MONTH, 2026-04-01",
    "YEAR,  26",
    "YEAR,  2026-01",
  })
  void refusesKeysThatAreNotCanonicalForTheGrain(Granularity grain, String key) {
    assertThatThrownBy(() -> PartitionKey.parse(grain, key))
        .isInstanceOf(RockyException.class)
        .hasMessageContaining("invalid partition key '" + key + "'");
  }

  @Test
  void findsThePartitionContainingATime() {
    LocalDateTime t = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_999);
    assertThat(PartitionKey.containing(HOUR, t).key()).isEqualTo("2024-02-29T23");
    assertThat(PartitionKey.containing(DAY, t).key()).isEqualTo("2024-02-29");
    assertThat(PartitionKey.containing(MONTH, t).key()).isEqualTo("2024-02");
    assertThat(PartitionKey.containing(YEAR, t).key()).isEqualTo("2024");
  }

  @Test
  void stepsAcrossMonthAndYearEnds() {
    assertThat(PartitionKey.parse(DAY, "2024-02-28").next().next().key()).isEqualTo("2024-03-01");
    assertThat(PartitionKey.parse(DAY, "2024-03-01").previous().key()).isEqualTo("2024-02-29");
    assertThat(PartitionKey.parse(DAY, "2023-03-01").previous().key()).isEqualTo("2023-02-28");
    assertThat(PartitionKey.parse(MONTH, "2026-12").next().key()).isEqualTo("2027-01");
    assertThat(PartitionKey.parse(MONTH, "2026-01").previous().key()).isEqualTo("2025-12");
    assertThat(PartitionKey.parse(HOUR, "2026-01-01T00").previous().key()).isEqualTo("2025-12-31T23");
    assertThat(PartitionKey.parse(YEAR, "2000").previous().key()).isEqualTo("1999");
  }

  @Test
  void alignsFinerBoundsDownToTheGrain() {
    assertThat(PartitionKey.parseBound(DAY, "2026-04-01").key()).isEqualTo("2026-04-01");
    assertThat(PartitionKey.parseBound(DAY, "2026-04-01T17").key()).isEqualTo("2026-04-01");
    assertThat(PartitionKey.parseBound(DAY, "2026-04-01 17:45:10").key()).isEqualTo("2026-04-01");
    assertThat(PartitionKey.parseBound(MONTH, "2024-02-29").key()).isEqualTo("2024-02");
    assertThat(PartitionKey.parseBound(YEAR, "2024-12-31T23").key()).isEqualTo("2024");
    assertThat(PartitionKey.parseBound(HOUR, "2026-04-01T05:59").key()).isEqualTo("2026-04-01T05");
  }

  @Test
  void refusesBoundsCoarserThanTheGrain() {
    assertThatThrownBy(() -> PartitionKey.parseBound(DAY, "2026-04"))
        .hasMessageContaining("coarser than the model's grain day").hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(() -> PartitionKey.parseBound(HOUR, "2026-04-01"))
        .hasMessageContaining("coarser than the model's grain hour");
    assertThatThrownBy(() -> PartitionKey.parseBound(DAY, "2025-02-29 10:00")).hasMessageContaining("real date");
    assertThatThrownBy(() -> PartitionKey.parseBound(DAY, "yesterday")).hasMessageContaining("invalid partition key");
  }

  @Test
  void refusesAStartThatIsNotAPartitionBoundary() {
    assertThatThrownBy(() -> new PartitionKey(DAY, LocalDateTime.of(2026, 4, 1, 1, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
