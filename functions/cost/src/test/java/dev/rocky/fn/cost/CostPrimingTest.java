package dev.rocky.fn.cost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Priming prices the bundled project's fixed run in memory, the second time from the recorded costs. */
class CostPrimingTest {

  @Test
  void primingPricesTheBundledRun() {
    CostFunctionResponse out = CostPriming.run();

    assertThat(out.models()).isEqualTo(2);
    assertThat(out.orchestrationCostUsd()).isPositive();
    assertThat(out.totalCostUsd()).isNotNull();
  }

  @Test
  void theBeforeCheckpointHookRunsWithoutAnyAwsClient() {
    dev.rocky.fn.compile.PrimingRun run = dev.rocky.fn.compile.PrimingRun.recorded();
    new CostHandler(CostWiring.inMemory(run.state(), run.artifacts(), 512)).beforeCheckpoint(null);
  }
}
