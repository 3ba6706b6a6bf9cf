package dev.rocky.fn.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.rocky.core.state.StateKeys;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a run's bookkeeping, chosen by the payload's {@code step} field. Every step names the
 * run plan by its artifact key and the run by its id; models are plan positions (layer, index).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "step")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RunStep.Start.class, name = "start"),
    @JsonSubTypes.Type(value = RunStep.Batch.class, name = "batch"),
    @JsonSubTypes.Type(value = RunStep.ModelFailed.class, name = "model_failed"),
    @JsonSubTypes.Type(value = RunStep.Finish.class, name = "finish"),
    @JsonSubTypes.Type(value = RunStep.Abort.class, name = "abort")})
public sealed interface RunStep {

  /** The artifact key of the run plan the compile function stored. */
  String planKey();

  /**
   * Opens a run: takes the project's run lease, claims the idempotency key (if any), makes the run
   * id and answers the run's layout (how many segments a state machine loops over).
   *
   * @param execution the Step Functions execution (its ARN), recorded as the run's host
   */
  record Start(
      @JsonProperty("plan_key") String planKey,
      @JsonProperty("execution") String execution,
      @JsonProperty("settings") @Nullable RunSettings settings) implements RunStep {
    public Start {
      Objects.requireNonNull(planKey, "plan_key");
      Objects.requireNonNull(execution, "execution");
      settings = Objects.requireNonNullElse(settings, RunSettings.DEFAULT);
    }
  }

  /**
   * Before a batch of models: renews the lease, commits the batch's models whose upstream failed as
   * skipped, and answers the plan positions of the others, for a Map state.
   *
   * @param segment the segment of the run's layout (from 0)
   * @param position the batch within the segment (from 0)
   */
  record Batch(
      @JsonProperty("plan_key") String planKey,
      @JsonProperty("run_id") String runId,
      @JsonProperty("segment") int segment,
      @JsonProperty("position") int position,
      @JsonProperty("settings") @Nullable RunSettings settings) implements RunStep {
    public Batch {
      Objects.requireNonNull(planKey, "plan_key");
      StateKeys.requireValid(Objects.requireNonNull(runId, "run_id"), "run_id");
      if (segment < 0 || position < 0) {
        throw new IllegalArgumentException("segment and position count from 0");
      }
      settings = Objects.requireNonNullElse(settings, RunSettings.DEFAULT);
    }
  }

  /**
   * A model whose execute invocation failed for good (retries exhausted, or an error that is not
   * retried): committed as failed, so that its downstream is skipped; a success already committed
   * for it (an invocation that timed out after its commit) is kept.
   *
   * @param error the {@code Error} and {@code Cause} a state machine's {@code Catch} caught
   */
  record ModelFailed(
      @JsonProperty("plan_key") String planKey,
      @JsonProperty("run_id") String runId,
      @JsonProperty("layer") int layer,
      @JsonProperty("index") int index,
      @JsonProperty("error") @Nullable CaughtError error) implements RunStep {
    public ModelFailed {
      Objects.requireNonNull(planKey, "plan_key");
      StateKeys.requireValid(Objects.requireNonNull(runId, "run_id"), "run_id");
      error = Objects.requireNonNullElse(error, new CaughtError("States.Unknown", null));
    }
  }

  /**
   * Closes a run whose layers all ran: records the run (status from its models), finishes the
   * idempotency key and releases the lease.
   */
  record Finish(
      @JsonProperty("plan_key") String planKey,
      @JsonProperty("run_id") String runId,
      @JsonProperty("started_at") Instant startedAt,
      @JsonProperty("config_hash") String configHash,
      @JsonProperty("execution") String execution,
      @JsonProperty("settings") @Nullable RunSettings settings) implements RunStep {
    public Finish {
      Objects.requireNonNull(planKey, "plan_key");
      StateKeys.requireValid(Objects.requireNonNull(runId, "run_id"), "run_id");
      Objects.requireNonNull(startedAt, "started_at");
      Objects.requireNonNull(configHash, "config_hash");
      Objects.requireNonNull(execution, "execution");
      settings = Objects.requireNonNullElse(settings, RunSettings.DEFAULT);
    }
  }

  /**
   * Gives up a run that cannot go on (a segment failed to run at all): no run record, as
   * {@code rocky run} writes none when its state store fails; the idempotency key is failed and
   * the lease released, so that the next run may start.
   */
  record Abort(
      @JsonProperty("plan_key") String planKey,
      @JsonProperty("run_id") String runId,
      @JsonProperty("settings") @Nullable RunSettings settings) implements RunStep {
    public Abort {
      Objects.requireNonNull(planKey, "plan_key");
      StateKeys.requireValid(Objects.requireNonNull(runId, "run_id"), "run_id");
      settings = Objects.requireNonNullElse(settings, RunSettings.DEFAULT);
    }
  }

  /** What a {@code Catch} hands over: the error name and its cause (for a Lambda, a JSON string). */
  record CaughtError(@JsonProperty("Error") String error, @JsonProperty("Cause") @Nullable String cause) {
    public CaughtError {
      error = Objects.requireNonNullElse(error, "States.Unknown");
    }
  }
}
