package dev.rocky.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunIdsTest {
  @Test
  void runIdsUseRockysFormatInUtc() {
    assertThat(RunIds.of(Instant.parse("2026-01-02T03:04:05.123456Z"))).isEqualTo("run-20260102-030405-123");
    assertThat(RunIds.of(Instant.parse("2026-12-31T23:59:59Z"))).isEqualTo("run-20261231-235959-000");
    assertThat(RunIds.isWellFormed("run-20260102-030405-123")).isTrue();
    assertThat(RunIds.isWellFormed("run-2026-01-02")).isFalse();
  }
}
