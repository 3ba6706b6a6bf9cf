package dev.rocky.fn.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Priming runs every step over the bundled project's fixed run in memory. */
class ReplayPrimingTest {

  @Test
  void primingReplaysTheBundledRun() {
    List<ReplayFunctionResponse> out = ReplayPriming.run();

    ReplayFunctionResponse plan = out.getFirst();
    assertThat(plan.models()).isPositive();
    assertThat(out.get(1).positions()).hasSize(plan.models());
    assertThat(out.subList(2, out.size() - 1)).allSatisfy(m -> assertThat(m.verdict()).isEqualTo("non_replayable"));
    ReplayFunctionResponse summary = out.getLast();
    assertThat(summary.verdict()).isEqualTo("differs");
    assertThat(summary.summary()).contains(plan.models() + " non_replayable");
    assertThat(summary.reportKey()).hasSize(64);
  }
}
