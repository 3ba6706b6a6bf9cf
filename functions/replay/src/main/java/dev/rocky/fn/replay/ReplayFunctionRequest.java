package dev.rocky.fn.replay;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.replay.ReplayMode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a replay of a recorded run; models are positions in the run record's
 * {@code models_executed}, and a window is the run's models from position {@code from} (those named
 * {@code model}, when it is given), at most the function's {@code max_models}.
 *
 * @param step {@code plan}, {@code batch}, {@code model}, {@code model_failed} or {@code summary}
 * @param run {@code plan}: a run id or {@code latest} (the default)
 * @param runId every other step: the run id {@code plan} answered
 * @param model replay only this model of the run
 * @param mode {@code check}, {@code execute} or {@code verify} (the default)
 * @param from the window's first position (0 when absent)
 * @param position {@code batch}: the batch's number in the window; {@code model}, {@code model_failed}:
 *     the model's position in the run
 * @param error {@code model_failed}: the state machine's {@code {Error, Cause}}
 */
public record ReplayFunctionRequest(
    @JsonProperty("step") Step step,
    @JsonProperty("run") @Nullable String run,
    @JsonProperty("run_id") @Nullable String runId,
    @JsonProperty("model") @Nullable String model,
    @JsonProperty("mode") @Nullable String mode,
    @JsonProperty("from") @Nullable Integer from,
    @JsonProperty("position") @Nullable Integer position,
    @JsonProperty("error") @Nullable Map<String, String> error) {

  /** What the function is asked to do. */
  public enum Step {
    @JsonProperty("plan") PLAN,
    @JsonProperty("batch") BATCH,
    @JsonProperty("model") MODEL,
    @JsonProperty("model_failed") MODEL_FAILED,
    @JsonProperty("summary") SUMMARY
  }

  public ReplayFunctionRequest {
    Objects.requireNonNull(step, "step");
    run = run == null ? "latest" : run;
    mode = mode == null ? "verify" : mode;
    replayMode(mode);
    from = from == null ? 0 : from;
    if (from < 0 || (position != null && position < 0)) {
      throw new IllegalArgumentException("from and position are never negative");
    }
    if (step != Step.PLAN && runId == null) {
      throw new IllegalArgumentException("step " + step.name().toLowerCase(Locale.ROOT) + " needs run_id");
    }
    if ((step == Step.BATCH || step == Step.MODEL || step == Step.MODEL_FAILED) && position == null) {
      throw new IllegalArgumentException("step " + step.name().toLowerCase(Locale.ROOT) + " needs position");
    }
    error = error == null ? null : Map.copyOf(error);
  }

  public static ReplayFunctionRequest of(Step step, @Nullable String runId, @Nullable Integer position) {
    return new ReplayFunctionRequest(step, null, runId, null, null, null, position, null);
  }

  ReplayMode replayMode() {
    return replayMode(Objects.requireNonNull(mode));
  }

  private static ReplayMode replayMode(String mode) {
    return switch (mode) {
      case "check" -> ReplayMode.CHECK;
      case "execute" -> ReplayMode.EXECUTE;
      case "verify" -> ReplayMode.VERIFY;
      default -> throw new IllegalArgumentException("mode is check, execute or verify, not '" + mode + "'");
    };
  }

  String id() {
    return Objects.requireNonNull(runId, "run_id");
  }

  int at() {
    return Objects.requireNonNull(position, "position");
  }

  int start() {
    return Objects.requireNonNull(from);
  }
}
