package dev.rocky.fn.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.app.execute.SqlHash;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.planner.ModelStep;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code model_failed} step: a model whose execute invocation failed for good is committed as
 * failed, with the caught error as its message, so that the next batches skip its downstream. If
 * the run already holds a success for the model (the invocation committed it, then timed out),
 * the success stands.
 */
final class FailureRecorder {
  private final StateStore state;
  private final Plans plans;
  private final Clock clock;

  FailureRecorder(StateStore state, Plans plans, Clock clock) {
    this.state = state;
    this.plans = plans;
    this.clock = clock;
  }

  RunAnswer.FailureRecorded record(RunStep.ModelFailed step) {
    ModelStep model = Plans.step(plans.load(step.planKey()), step.planKey(), step.layer(), step.index());
    Optional<ModelExecution> success = state.modelExecution(step.runId(), model.model()).filter(ModelExecution::succeeded);
    if (success.isPresent()) {
      return new RunAnswer.FailureRecorded(model.model(), ModelStatus.SUCCESS);
    }
    Instant now = clock.instant();
    ModelExecution failed = new ModelExecution(model.model(), now, now, 0, null, null, null, ModelStatus.FAILED,
        SqlHash.EMPTY, message(step.error()), List.of());
    state.commitModelResult(ModelCommit.of(step.runId(), failed));
    return new RunAnswer.FailureRecorded(model.model(), ModelStatus.FAILED);
  }

  /**
   * {@code <Error>: <message>}; a Lambda's {@code Cause} is a JSON document whose
   * {@code errorMessage} is the message, any other cause is taken as it is.
   */
  static String message(RunStep.CaughtError error) {
    String cause = error.cause();
    if (cause == null || cause.isBlank()) {
      return "the execute function failed: " + error.error();
    }
    String text = errorMessage(cause);
    return "the execute function failed: " + error.error() + ": " + (text == null ? cause : text);
  }

  private static @Nullable String errorMessage(String cause) {
    try {
      JsonNode node = FunctionJson.mapper().readTree(cause);
      return node != null && node.hasNonNull("errorMessage") ? node.get("errorMessage").asText() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
