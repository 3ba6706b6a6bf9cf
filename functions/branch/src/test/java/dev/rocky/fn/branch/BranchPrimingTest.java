package dev.rocky.fn.branch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Priming plans the promotion of a branch run of the bundled project in memory. */
class BranchPrimingTest {

  @Test
  void primingPassesTheGatesOfTheBundledBranchRun() {
    BranchFunctionResponse out = BranchPriming.run();

    assertThat(out.allowed()).as(out.summary()).isTrue();
    assertThat(out.refusals()).isEmpty();
    assertThat(out.tables()).isPositive();
    assertThat(out.runId()).isEqualTo("run-20260101-000100-000");
    assertThat(out.status()).isNull();
  }
}
