package dev.rocky.fn.execute;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.core.state.StateKeys;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Execute one model of a run: the unit a state machine maps over, one invocation per model.
 *
 * @param planKey the artifact key of the run plan the compile function stored
 * @param model the model to materialize (a step of the plan)
 * @param runId the run it belongs to; with {@code model}, what makes a repeated invocation a no-op
 * @param partitions for a time_interval model, which partitions to replace ({@code --latest} when absent)
 * @param skipReason when set, record the model as skipped for this reason (an upstream failed) instead of running it
 */
public record ExecuteModelRequest(
    @JsonProperty("plan_key") String planKey,
    @JsonProperty("model") String model,
    @JsonProperty("run_id") String runId,
    @JsonProperty("partitions") @Nullable PartitionOptions partitions,
    @JsonProperty("skip_reason") @Nullable String skipReason) {

  public ExecuteModelRequest {
    Objects.requireNonNull(planKey, "plan_key");
    StateKeys.requireValid(Objects.requireNonNull(model, "model"), "model");
    StateKeys.requireValid(Objects.requireNonNull(runId, "run_id"), "run_id");
  }

  public static ExecuteModelRequest of(String planKey, String model, String runId) {
    return new ExecuteModelRequest(planKey, model, runId, null, null);
  }

  /** The idempotency key of this model in this run. */
  String idempotencyKey() {
    return "execute|" + runId + "|" + model;
  }
}
