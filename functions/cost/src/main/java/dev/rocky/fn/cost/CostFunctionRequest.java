package dev.rocky.fn.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.state.StateKeys;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Price a finished run: its record (by run id, from the state store) and its project (the snapshot
 * the run compiled, for the {@code [cost]} model and the budgets), with what the workflow knows of
 * its own shape (for the Step Functions transitions).
 *
 * @param runId the run, as the run function recorded it
 * @param snapshotKey the project snapshot the run compiled
 * @param config its rocky.toml path ({@code rocky.toml} when absent)
 * @param vars the {@code @var} bindings the run compiled with
 * @param segments the run's child executions (the run function's {@code start} answer), 0 when unknown
 * @param batches the run's batches of models, 0 when unknown
 */
public record CostFunctionRequest(
    @JsonProperty("run_id") String runId,
    @JsonProperty("snapshot_key") String snapshotKey,
    @JsonProperty("config") @Nullable String config,
    @JsonProperty("vars") @Nullable Map<String, String> vars,
    @JsonProperty("segments") @Nullable Integer segments,
    @JsonProperty("batches") @Nullable Integer batches) {

  public CostFunctionRequest {
    StateKeys.requireValid(Objects.requireNonNull(runId, "run_id"), "run_id");
    Objects.requireNonNull(snapshotKey, "snapshot_key");
    config = config == null ? "rocky.toml" : config;
    vars = vars == null ? Map.of() : Map.copyOf(vars);
    if ((segments != null && segments < 0) || (batches != null && batches < 0)) {
      throw new IllegalArgumentException("segments and batches are never negative");
    }
  }

  public static CostFunctionRequest of(String runId, String snapshotKey) {
    return new CostFunctionRequest(runId, snapshotKey, null, null, null, null);
  }

  int segmentCount() {
    return segments == null ? 0 : segments;
  }

  int batchCount() {
    return batches == null ? 0 : batches;
  }
}
