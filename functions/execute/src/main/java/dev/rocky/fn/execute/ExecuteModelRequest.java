package dev.rocky.fn.execute;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.core.state.StateKeys;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Execute one model of a run: the unit a state machine maps over, one invocation per model. The
 * model is named, or addressed by its position in the plan ({@code layer} and {@code index}), so
 * that a state machine never carries a project's model names in its payloads.
 *
 * @param planKey the artifact key of the run plan the compile function stored
 * @param model the model to materialize (a step of the plan); absent when {@code layer} and {@code index} address it
 * @param runId the run it belongs to; with {@code model}, what makes a repeated invocation a no-op
 * @param partitions for a time_interval model, which partitions to replace ({@code --latest} when absent)
 * @param skipReason when set, record the model as skipped for this reason (an upstream failed) instead of running it
 * @param layer the plan layer of the model (from 0), with {@code index}, when {@code model} is absent
 * @param index the model's position within its plan layer (from 0)
 */
public record ExecuteModelRequest(
    @JsonProperty("plan_key") String planKey,
    @JsonProperty("model") @Nullable String model,
    @JsonProperty("run_id") String runId,
    @JsonProperty("partitions") @Nullable PartitionOptions partitions,
    @JsonProperty("skip_reason") @Nullable String skipReason,
    @JsonProperty("layer") @Nullable Integer layer,
    @JsonProperty("index") @Nullable Integer index) {

  public ExecuteModelRequest {
    Objects.requireNonNull(planKey, "plan_key");
    if (model != null) {
      StateKeys.requireValid(model, "model");
    } else if (layer == null || index == null || layer < 0 || index < 0) {
      throw new IllegalArgumentException("name the model, or address it with layer and index (both from 0)");
    }
    StateKeys.requireValid(Objects.requireNonNull(runId, "run_id"), "run_id");
  }

  public static ExecuteModelRequest of(String planKey, String model, String runId) {
    return new ExecuteModelRequest(planKey, model, runId, null, null, null, null);
  }

  /** The model at {@code index} of plan layer {@code layer}, as a state machine addresses it. */
  public static ExecuteModelRequest at(String planKey, int layer, int index, String runId) {
    return new ExecuteModelRequest(planKey, null, runId, null, null, layer, index);
  }

  /** This request naming {@code name}, the model its layer and index address. */
  ExecuteModelRequest naming(String name) {
    return new ExecuteModelRequest(planKey, name, runId, partitions, skipReason, layer, index);
  }

  /** The model's name; set once the request is resolved against its plan. */
  String requireModel() {
    return Objects.requireNonNull(model, "the request is not resolved against its plan");
  }

  /** The idempotency key of this model in this run. */
  String idempotencyKey() {
    return "execute|" + runId + "|" + requireModel();
  }
}
