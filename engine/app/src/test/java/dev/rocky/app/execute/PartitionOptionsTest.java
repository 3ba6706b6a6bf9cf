package dev.rocky.app.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.planner.partition.PartitionSelection;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartitionOptionsTest {

  @Test
  void eachFlagBecomesItsSelection() {
    assertThat(PartitionOptions.LATEST.selection(Set::of)).isEqualTo(new PartitionSelection.Latest());
    assertThat(PartitionOptions.single("2026-01-02").selection(Set::of))
        .isEqualTo(new PartitionSelection.Single("2026-01-02"));
    assertThat(PartitionOptions.range("2026-01", "2026-03").selection(Set::of))
        .isEqualTo(new PartitionSelection.Range("2026-01", "2026-03"));
    assertThat(PartitionOptions.missingPartitions().selection(() -> Set.of("2026-01-01")))
        .isEqualTo(new PartitionSelection.Missing(Set.of("2026-01-01")));
  }

  @Test
  void computedKeysAreReadOnlyForMissing() {
    PartitionOptions.single("2026-01-02").selection(() -> {
      throw new AssertionError("not needed");
    });
  }

  @Test
  void flagsThatExcludeEachOtherAreRefused() {
    assertThatThrownBy(() -> new PartitionOptions("2026-01-01", null, null, true, false, null))
        .hasMessageContaining("choose one");
    assertThatThrownBy(() -> new PartitionOptions(null, "2026-01-01", null, false, false, null))
        .hasMessageContaining("--from and --to");
    assertThatThrownBy(() -> new PartitionOptions(null, null, null, false, false, -1))
        .hasMessageContaining("--lookback");
  }
}
