package dev.rocky.fn.govern;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.state.StateKeys;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step after a run's models: {@code govern} (the compliance of the models the run built) or
 * {@code publish} (the catalog site, written to the catalog bucket), for a finished run and the
 * project snapshot it compiled.
 *
 * @param step {@code govern} when absent
 * @param config its rocky.toml path ({@code rocky.toml} when absent)
 * @param vars the {@code @var} bindings the run compiled with
 */
public record GovernFunctionRequest(
    @JsonProperty("step") @Nullable Step step,
    @JsonProperty("run_id") String runId,
    @JsonProperty("snapshot_key") String snapshotKey,
    @JsonProperty("config") @Nullable String config,
    @JsonProperty("vars") @Nullable Map<String, String> vars) {

  /** What the function is asked to do. */
  public enum Step {
    @JsonProperty("govern") GOVERN,
    @JsonProperty("publish") PUBLISH
  }

  public GovernFunctionRequest {
    step = step == null ? Step.GOVERN : step;
    StateKeys.requireValid(Objects.requireNonNull(runId, "run_id"), "run_id");
    Objects.requireNonNull(snapshotKey, "snapshot_key");
    config = config == null ? "rocky.toml" : config;
    vars = vars == null ? Map.of() : Map.copyOf(vars);
  }

  public static GovernFunctionRequest of(Step step, String runId, String snapshotKey) {
    return new GovernFunctionRequest(step, runId, snapshotKey, null, null);
  }
}
