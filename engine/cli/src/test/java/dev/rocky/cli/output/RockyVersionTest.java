package dev.rocky.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RockyVersionTest {

  @Test
  void theVersionComesFromTheBuildWithoutSnapshot() {
    assertThat(RockyVersion.get()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(RockyVersion.line()).isEqualTo("rocky " + RockyVersion.get());
    assertThat(new dev.rocky.cli.command.VersionProvider().getVersion()).containsExactly(RockyVersion.line());
  }

  @Test
  void snapshotSuffixIsDropped() {
    assertThat(RockyVersion.clean("0.1.0-SNAPSHOT\n")).isEqualTo("0.1.0");
    assertThat(RockyVersion.clean("1.2.3")).isEqualTo("1.2.3");
  }
}
