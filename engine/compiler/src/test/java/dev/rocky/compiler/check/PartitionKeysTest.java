package dev.rocky.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.project.Strategy.Granularity;
import org.junit.jupiter.api.Test;

class PartitionKeysTest {

  @Test
  void canonicalKeysPerGrain() {
    assertThat(PartitionKeys.isCanonical("2024-03-05T07", Granularity.HOUR)).isTrue();
    assertThat(PartitionKeys.isCanonical("2024-03-05", Granularity.DAY)).isTrue();
    assertThat(PartitionKeys.isCanonical("2024-03", Granularity.MONTH)).isTrue();
    assertThat(PartitionKeys.isCanonical("2024", Granularity.YEAR)).isTrue();
  }

  @Test
  void nonCanonicalKeys() {
    assertThat(PartitionKeys.isCanonical("2024-03-05T24", Granularity.HOUR)).isFalse();
    assertThat(PartitionKeys.isCanonical("2024-03-05 07", Granularity.HOUR)).isFalse();
    assertThat(PartitionKeys.isCanonical("2024-3-5", Granularity.DAY)).isFalse();
    assertThat(PartitionKeys.isCanonical("2023-02-29", Granularity.DAY)).isFalse();
    assertThat(PartitionKeys.isCanonical("2024-13", Granularity.MONTH)).isFalse();
    assertThat(PartitionKeys.isCanonical("2024-01", Granularity.YEAR)).isFalse();
    assertThat(PartitionKeys.isCanonical("yesterday", Granularity.DAY)).isFalse();
  }

  @Test
  void canonicalizeReadsLooseSpellings() {
    assertThat(PartitionKeys.canonicalize("2024-3-5 07:30:00", Granularity.HOUR)).contains("2024-03-05T07");
    assertThat(PartitionKeys.canonicalize("2024-03", Granularity.DAY)).contains("2024-03-01");
    assertThat(PartitionKeys.canonicalize("2024-03-05", Granularity.YEAR)).contains("2024");
    assertThat(PartitionKeys.canonicalize("2024-02-30", Granularity.DAY)).isEmpty();
  }
}
