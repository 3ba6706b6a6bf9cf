package dev.rocky.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A finished run, as kept in the state store's run history; Rocky's {@code RunRecord} with its
 * field names, including the governance audit trail.
 *
 * @param runId {@code run-%Y%m%d-%H%M%S-%3f} of the UTC start (see {@link RunIds})
 * @param configHash 16 hex characters fingerprinting {@code rocky.toml}
 * @param triggeringIdentity the caller ({@code $USER}), when known
 * @param hostname the machine that ran it, or {@code unknown}
 * @param branch the branch the run wrote to ({@code rocky run --branch}), null for production
 * @param projectDigest the SHA-256 of the project's files the run was built from, when known
 * @param checkOutcomes the run's data-quality checks, by name (omitted on the wire when there were none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunRecord(
    @JsonProperty("run_id") String runId,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("finished_at") Instant finishedAt,
    @JsonProperty("status") RunStatus status,
    @JsonProperty("models_executed") List<ModelExecution> modelsExecuted,
    @JsonProperty("trigger") RunTrigger trigger,
    @JsonProperty("config_hash") String configHash,
    @JsonProperty("triggering_identity") @Nullable String triggeringIdentity,
    @JsonProperty("session_source") SessionSource sessionSource,
    @JsonProperty("git_commit") @Nullable String gitCommit,
    @JsonProperty("git_branch") @Nullable String gitBranch,
    @JsonProperty("idempotency_key") @Nullable String idempotencyKey,
    @JsonProperty("target_catalog") @Nullable String targetCatalog,
    @JsonProperty("hostname") String hostname,
    @JsonProperty("rocky_version") String rockyVersion,
    @JsonProperty("branch") @Nullable String branch,
    @JsonProperty("project_digest") @Nullable String projectDigest,
    @JsonProperty("check_outcomes") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CheckOutcome> checkOutcomes) {

  public RunRecord {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(configHash, "configHash");
    sessionSource = Objects.requireNonNullElse(sessionSource, SessionSource.CLI);
    hostname = Objects.requireNonNullElse(hostname, "unknown");
    Objects.requireNonNull(rockyVersion, "rockyVersion");
    modelsExecuted = List.copyOf(Objects.requireNonNullElse(modelsExecuted, List.of()));
    checkOutcomes = List.copyOf(Objects.requireNonNullElse(checkOutcomes, List.of()));
    if (finishedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException(runId + " finished before it started");
    }
  }

  /** A production run record without a project digest or data-quality check outcomes. */
  public RunRecord(String runId, Instant startedAt, Instant finishedAt, RunStatus status,
      List<ModelExecution> modelsExecuted, RunTrigger trigger, String configHash, @Nullable String triggeringIdentity,
      SessionSource sessionSource, @Nullable String gitCommit, @Nullable String gitBranch,
      @Nullable String idempotencyKey, @Nullable String targetCatalog, String hostname, String rockyVersion) {
    this(runId, startedAt, finishedAt, status, modelsExecuted, trigger, configHash, triggeringIdentity, sessionSource,
        gitCommit, gitBranch, idempotencyKey, targetCatalog, hostname, rockyVersion, null, null, List.of());
  }

  /** A record on a branch (or production) without data-quality check outcomes. */
  public RunRecord(String runId, Instant startedAt, Instant finishedAt, RunStatus status,
      List<ModelExecution> modelsExecuted, RunTrigger trigger, String configHash, @Nullable String triggeringIdentity,
      SessionSource sessionSource, @Nullable String gitCommit, @Nullable String gitBranch,
      @Nullable String idempotencyKey, @Nullable String targetCatalog, String hostname, String rockyVersion,
      @Nullable String branch, @Nullable String projectDigest) {
    this(runId, startedAt, finishedAt, status, modelsExecuted, trigger, configHash, triggeringIdentity, sessionSource,
        gitCommit, gitBranch, idempotencyKey, targetCatalog, hostname, rockyVersion, branch, projectDigest, List.of());
  }

  /** A production record with data-quality check outcomes. */
  public RunRecord(String runId, Instant startedAt, Instant finishedAt, RunStatus status,
      List<ModelExecution> modelsExecuted, RunTrigger trigger, String configHash, @Nullable String triggeringIdentity,
      SessionSource sessionSource, @Nullable String gitCommit, @Nullable String gitBranch,
      @Nullable String idempotencyKey, @Nullable String targetCatalog, String hostname, String rockyVersion,
      List<CheckOutcome> checkOutcomes) {
    this(runId, startedAt, finishedAt, status, modelsExecuted, trigger, configHash, triggeringIdentity, sessionSource,
        gitCommit, gitBranch, idempotencyKey, targetCatalog, hostname, rockyVersion, null, null, checkOutcomes);
  }

  /** This record with another list of model executions. */
  public RunRecord withModelsExecuted(List<ModelExecution> models) {
    return new RunRecord(runId, startedAt, finishedAt, status, models, trigger, configHash, triggeringIdentity,
        sessionSource, gitCommit, gitBranch, idempotencyKey, targetCatalog, hostname, rockyVersion, branch,
        projectDigest, checkOutcomes);
  }

  /** This record with the outcomes of the run's data-quality checks. */
  public RunRecord withCheckOutcomes(List<CheckOutcome> outcomes) {
    return new RunRecord(runId, startedAt, finishedAt, status, modelsExecuted, trigger, configHash, triggeringIdentity,
        sessionSource, gitCommit, gitBranch, idempotencyKey, targetCatalog, hostname, rockyVersion, branch,
        projectDigest, outcomes);
  }

  /** This record with the status the run ended in once every after-model step has counted. */
  public RunRecord withStatus(RunStatus newStatus) {
    return new RunRecord(runId, startedAt, finishedAt, newStatus, modelsExecuted, trigger, configHash,
        triggeringIdentity, sessionSource, gitCommit, gitBranch, idempotencyKey, targetCatalog, hostname, rockyVersion,
        branch, projectDigest, checkOutcomes);
  }
}
