package dev.rocky.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A run as {@code GET /runs/{run_id}} shows it (schema {@code RunView}); build one with {@link RunViews}.
 *
 * @param pipeline, selection, branch what the run was asked for, when it was started through the API
 * @param models each model's result so far, in commit order
 * @param error for {@code Error}, why the run did not finish
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"run_id", "status", "done", "pipeline", "selection", "branch", "started_at", "finished_at",
    "duration_ms", "trigger", "session_source", "triggering_identity", "idempotency_key", "skipped_by_run_id",
    "git_commit", "git_branch", "models", "error"})
public record RunView(
    @JsonProperty("run_id") String runId,
    @JsonProperty("status") ApiRunStatus status,
    @JsonProperty("pipeline") @Nullable String pipeline,
    @JsonProperty("selection") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> selection,
    @JsonProperty("branch") @Nullable String branch,
    @JsonProperty("started_at") @Nullable Instant startedAt,
    @JsonProperty("finished_at") @Nullable Instant finishedAt,
    @JsonProperty("duration_ms") @Nullable Long durationMs,
    @JsonProperty("trigger") @Nullable RunTrigger trigger,
    @JsonProperty("session_source") @Nullable SessionSource sessionSource,
    @JsonProperty("triggering_identity") @Nullable String triggeringIdentity,
    @JsonProperty("idempotency_key") @Nullable String idempotencyKey,
    @JsonProperty("skipped_by_run_id") @Nullable String skippedByRunId,
    @JsonProperty("git_commit") @Nullable String gitCommit,
    @JsonProperty("git_branch") @Nullable String gitBranch,
    @JsonProperty("models") List<ModelExecution> models,
    @JsonProperty("error") @Nullable ApiError error) {

  public RunView {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(status, "status");
    selection = List.copyOf(selection);
    models = List.copyOf(models);
  }

  @JsonProperty("done")
  public boolean done() {
    return status.done();
  }

  /** This view with what the run was asked for (pipeline, selection, branch, and the audit fields it lacks). */
  public RunView asked(@Nullable StartRunRequest request) {
    if (request == null) {
      return this;
    }
    return new RunView(runId, status, request.pipeline(), request.selection(), request.branch(), startedAt, finishedAt,
        durationMs, trigger != null ? trigger : request.trigger(),
        sessionSource != null ? sessionSource : request.sessionSource(), triggeringIdentity,
        idempotencyKey != null ? idempotencyKey : request.idempotencyKey(), skippedByRunId, gitCommit, gitBranch,
        models, error);
  }

  /** The names of the models the run has results for. */
  public List<String> modelNames() {
    return models.stream().map(ModelExecution::modelName).toList();
  }
}
