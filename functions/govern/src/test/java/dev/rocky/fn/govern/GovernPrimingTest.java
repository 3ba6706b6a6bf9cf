package dev.rocky.fn.govern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Priming runs both steps for the bundled project's fixed run in memory. */
class GovernPrimingTest {

  @Test
  void primingGovernsAndPublishesTheBundledRun() {
    List<GovernFunctionResponse> out = GovernPriming.run();

    assertThat(out.get(0).compliance()).isNotNull();
    assertThat(out.get(1).catalog()).isNotNull();
    assertThat(out.get(1).catalog().files()).isGreaterThan(out.get(1).catalog().pages());
  }
}
