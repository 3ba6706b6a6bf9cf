package dev.rocky.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RockyVersionTest {
  @Test
  void versionComesFromTheBuild() {
    assertThat(RockyVersion.get()).matches("\\d+\\.\\d+\\.\\d+").isNotEqualTo("0.0.0");
  }
}
