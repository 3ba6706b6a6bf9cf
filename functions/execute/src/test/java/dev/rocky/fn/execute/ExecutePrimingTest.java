package dev.rocky.fn.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.run.ModelStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Priming runs whole invocations, the replay path included, and the hook touches no real store. */
class ExecutePrimingTest {

  @Test
  void primingRunsBothModelsThenReplaysOne() {
    List<ExecuteModelResponse> responses = ExecutePriming.run();

    assertThat(responses).extracting(ExecuteModelResponse::status).containsOnly(ModelStatus.SUCCESS);
    assertThat(responses).extracting(ExecuteModelResponse::replayed).containsExactly(false, false, true);
    assertThat(responses.get(1).rowsAffected()).isEqualTo(1L);
  }

  @Test
  void theCheckpointHookPrimesWithoutTouchingAnyStore() {
    new ExecuteHandler(new ExecuteWiring(null, () -> {})).beforeCheckpoint(null);
  }
}
