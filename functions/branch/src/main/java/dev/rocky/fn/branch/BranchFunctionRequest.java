package dev.rocky.fn.branch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a promotion, for a branch and the project snapshot as it is now (what the branch was
 * built from, and what production becomes).
 *
 * @param step {@code plan} (the gates, changing nothing) or {@code promote}
 * @param config its rocky.toml path ({@code rocky.toml} when absent)
 * @param vars the {@code @var} bindings the branch was compiled with
 * @param allowBreaking let breaking changes through (recorded in the promotion)
 * @param promotedBy who promotes, kept in the promotion record
 * @param gitCommit the commit promoted, kept in the promotion record
 */
public record BranchFunctionRequest(
    @JsonProperty("step") Step step,
    @JsonProperty("branch") String branch,
    @JsonProperty("snapshot_key") String snapshotKey,
    @JsonProperty("config") @Nullable String config,
    @JsonProperty("vars") @Nullable Map<String, String> vars,
    @JsonProperty("allow_breaking") @Nullable Boolean allowBreaking,
    @JsonProperty("promoted_by") @Nullable String promotedBy,
    @JsonProperty("git_commit") @Nullable String gitCommit) {

  /** What the function is asked to do. */
  public enum Step {
    @JsonProperty("plan") PLAN,
    @JsonProperty("promote") PROMOTE
  }

  public BranchFunctionRequest {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(snapshotKey, "snapshot_key");
    config = config == null ? "rocky.toml" : config;
    vars = vars == null ? Map.of() : Map.copyOf(vars);
    allowBreaking = allowBreaking != null && allowBreaking;
  }

  public static BranchFunctionRequest of(Step step, String branch, String snapshotKey) {
    return new BranchFunctionRequest(step, branch, snapshotKey, null, null, null, null, null);
  }
}
