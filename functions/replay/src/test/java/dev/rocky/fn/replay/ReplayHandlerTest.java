package dev.rocky.fn.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.run.ModelExecution;
import dev.rocky.fn.RockyUserError;
import dev.rocky.fn.compile.PrimingRun;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The replay function's windows, batches and verdicts over a recorded run (the bundled project's,
 * in memory, without recipes); bit-exact replays of a run recorded with its provenance on DynamoDB
 * Local, S3Proxy and DuckDB are {@code statemachines/tests}' {@code ReplayWorkflowTest}.
 */
class ReplayHandlerTest {
  private final PrimingRun run = PrimingRun.recorded();
  private final List<String> models = run.state().run(run.runId()).orElseThrow().modelsExecuted().stream()
      .map(ModelExecution::modelName).toList();
  private final ReplayHandler handler = new ReplayHandler(ReplayWiring.of(run.state(), run.artifacts(),
      new MemoryVerdicts(), 2, 1));

  private ReplayFunctionResponse invoke(ReplayFunctionRequest request) {
    return FunctionJson.read(handler.invoke(FunctionJson.bytes(request), Invocation.local()), ReplayFunctionResponse.class);
  }

  private ReplayFunctionResponse plan(String model, int from) {
    return invoke(new ReplayFunctionRequest(ReplayFunctionRequest.Step.PLAN, "latest", null, model, null, from, null, null));
  }

  @Test
  void aRunIsCutIntoWindowsAndBatches() {
    assertThat(models).hasSize(2);
    ReplayFunctionResponse plan = plan(null, 0);
    ReplayFunctionResponse first = invoke(ReplayFunctionRequest.of(ReplayFunctionRequest.Step.BATCH, run.runId(), 0));
    ReplayFunctionResponse second = invoke(ReplayFunctionRequest.of(ReplayFunctionRequest.Step.BATCH, run.runId(), 1));

    assertThat(plan.runId()).isEqualTo(run.runId());
    assertThat(List.of(plan.models(), plan.batches(), plan.nextFrom())).containsExactly(2, 2, 2);
    assertThat(plan.more()).isFalse();
    assertThat(first.positions()).containsExactly(0);
    assertThat(first.more()).isTrue();
    assertThat(first.next()).isEqualTo(1);
    assertThat(second.positions()).containsExactly(1);
    assertThat(second.more()).isFalse();
  }

  @Test
  void aRunLargerThanAWindowContinuesFromTheNextPosition() {
    ReplayHandler narrow = new ReplayHandler(ReplayWiring.of(run.state(), run.artifacts(), new MemoryVerdicts(), 1, 1));
    ReplayFunctionResponse first = FunctionJson.read(narrow.invoke(FunctionJson.bytes(new ReplayFunctionRequest(
        ReplayFunctionRequest.Step.PLAN, run.runId(), null, null, null, 0, null, null)), Invocation.local()),
        ReplayFunctionResponse.class);
    ReplayFunctionResponse next = FunctionJson.read(narrow.invoke(FunctionJson.bytes(new ReplayFunctionRequest(
        ReplayFunctionRequest.Step.PLAN, run.runId(), null, null, null, first.nextFrom(), null, null)), Invocation.local()),
        ReplayFunctionResponse.class);

    assertThat(List.of(first.models(), first.batches(), first.nextFrom())).containsExactly(1, 1, 1);
    assertThat(first.more()).isTrue();
    assertThat(List.of(next.models(), next.nextFrom())).containsExactly(1, 2);
    assertThat(next.more()).isFalse();
  }

  @Test
  void oneModelIsReplayedAlone() {
    String model = models.getLast();
    ReplayFunctionResponse plan = plan(model, 0);

    assertThat(plan.models()).isEqualTo(1);
    assertThat(plan.more()).isFalse();
    assertThatThrownBy(() -> plan("no_such_model", 0)).isInstanceOf(RockyUserError.class)
        .hasMessageStartingWith("REPLAY_MODEL_NOT_IN_RUN");
  }

  @Test
  void theWindowsVerdictNamesWhatDidNotReproduce() {
    assertThat(invoke(ReplayFunctionRequest.of(ReplayFunctionRequest.Step.MODEL, run.runId(), 0)).verdict())
        .as("the run recorded no recipes").isEqualTo("non_replayable");
    invoke(new ReplayFunctionRequest(ReplayFunctionRequest.Step.MODEL_FAILED, null, run.runId(), null, null, null, 1,
        Map.of("Error", "States.Timeout", "Cause", "the task timed out")));

    ReplayFunctionResponse summary = invoke(ReplayFunctionRequest.of(ReplayFunctionRequest.Step.SUMMARY, run.runId(),
        null));

    assertThat(summary.verdict()).isEqualTo("failed");
    assertThat(summary.models()).isEqualTo(2);
    assertThat(summary.summary()).startsWith(run.runId() + ": 2 models at positions 0..1 replayed (verify): failed")
        .contains("1 failed, 1 non_replayable").contains("failed " + models.get(1) + " (the replay invocation failed: "
            + "States.Timeout: the task timed out)");
    assertThat(run.artifacts().get(summary.reportKey())).isPresent();
  }

  @Test
  void badPayloadsAreUserErrors() {
    byte[] mode = "{\"step\":\"plan\",\"mode\":\"fast\"}".getBytes(StandardCharsets.UTF_8);
    byte[] position = ("{\"step\":\"model\",\"run_id\":\"" + run.runId() + "\"}").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> handler.invoke(mode, Invocation.local())).isInstanceOf(RockyUserError.class)
        .hasMessageContaining("mode is check, execute or verify");
    assertThatThrownBy(() -> handler.invoke(position, Invocation.local())).isInstanceOf(RockyUserError.class)
        .hasMessageContaining("needs position");
    assertThatThrownBy(() -> invoke(ReplayFunctionRequest.of(ReplayFunctionRequest.Step.MODEL, run.runId(), 99)))
        .isInstanceOf(RockyUserError.class).hasMessageStartingWith("REPLAY_MODEL_NOT_IN_RUN");
  }
}
