package dev.rocky.app.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Who ran a run, when, from what: a run record without its model executions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(
    @JsonProperty("run_id") String runId,
    @JsonProperty("status") RunStatus status,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("finished_at") Instant finishedAt,
    @JsonProperty("trigger") RunTrigger trigger,
    @JsonProperty("triggering_identity") @Nullable String triggeringIdentity,
    @JsonProperty("session_source") SessionSource sessionSource,
    @JsonProperty("git_commit") @Nullable String gitCommit,
    @JsonProperty("git_branch") @Nullable String gitBranch,
    @JsonProperty("hostname") String hostname,
    @JsonProperty("rocky_version") String rockyVersion,
    @JsonProperty("config_hash") String configHash,
    @JsonProperty("branch") @Nullable String branch,
    @JsonProperty("project_digest") @Nullable String projectDigest) {

  public static RunSummary of(RunRecord r) {
    return new RunSummary(r.runId(), r.status(), r.startedAt(), r.finishedAt(), r.trigger(), r.triggeringIdentity(),
        r.sessionSource(), r.gitCommit(), r.gitBranch(), r.hostname(), r.rockyVersion(), r.configHash(), r.branch(),
        r.projectDigest());
  }
}
