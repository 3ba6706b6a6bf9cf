package dev.rocky.fn.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunLayoutTest {

  @Test
  void layersAreCutIntoBatchesAndBatchesGroupedIntoSegments() {
    RunLayout layout = RunLayout.of(List.of(5, 2, 7), 3, 6);

    assertThat(layout.segments()).extracting(RunLayout.Segment::batches).containsExactly(
        List.of(new RunLayout.Batch(0, 0, 3), new RunLayout.Batch(0, 3, 5)),
        List.of(new RunLayout.Batch(1, 0, 2), new RunLayout.Batch(2, 0, 3)),
        List.of(new RunLayout.Batch(2, 3, 6), new RunLayout.Batch(2, 6, 7)));
    assertThat(layout.models()).isEqualTo(14);
    assertThat(layout.batches()).isEqualTo(6);
    assertThat(layout.batch(1, 1)).isEqualTo(new RunLayout.Batch(2, 0, 3));
    assertThatThrownBy(() -> layout.batch(1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDeepChainOfSmallLayersIsCutByBatchCountToo() {
    RunLayout layout = RunLayout.of(Collections.nCopies(10_000, 1), 250, 1000);

    assertThat(layout.segments()).hasSize(100);
    assertThat(layout.segments()).allSatisfy(s -> assertThat(s.batches()).hasSize(RunLayout.MAX_SEGMENT_BATCHES));
  }

  @Test
  void tenThousandModelsInFiveLayersMakeTenSegments() {
    RunLayout layout = RunLayout.of(List.of(3000, 3000, 2500, 1000, 500), 250, 1000);

    assertThat(layout.segments()).hasSize(10);
    assertThat(layout.segments()).allSatisfy(s -> assertThat(s.models()).isLessThanOrEqualTo(1000));
    assertThat(RunLayout.of(List.of(), 250, 1000).segments()).isEmpty();
  }
}
