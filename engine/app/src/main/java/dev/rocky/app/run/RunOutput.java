package dev.rocky.app.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.cost.BudgetBreach;
import dev.rocky.app.cost.CostSummary;
import dev.rocky.core.run.AttemptRecord;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.RunStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code rocky run -o json} prints: Rocky's {@code RunOutput} with its field names (every
 * required field of Rocky's run schema, plus the optional ones this engine fills). Timestamps are
 * RFC 3339 strings, so any JSON mapper writes it as is. Fields for features not built yet (checks,
 * anomalies, quarantine, drift, permissions) are present and empty, as Rocky writes them when unused.
 *
 * @param runId this engine's addition: the run's id, as in {@code rocky history}
 * @param skippedByRunId for {@code SkippedIdempotent}/{@code SkippedInFlight}, the run that deflected this one
 * @param costSummary what the run cost, when it was priced
 * @param budgetBreaches the budget limits the run went over (omitted when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunOutput(
    @JsonProperty("version") String version,
    @JsonProperty("command") String command,
    @JsonProperty("run_id") @Nullable String runId,
    @JsonProperty("status") RunStatus status,
    @JsonProperty("filter") String filter,
    @JsonProperty("duration_ms") long durationMs,
    @JsonProperty("tables_copied") int tablesCopied,
    @JsonProperty("tables_failed") int tablesFailed,
    @JsonProperty("tables_skipped") int tablesSkipped,
    @JsonProperty("materializations") List<Materialization> materializations,
    @JsonProperty("errors") List<RunError> errors,
    @JsonProperty("contained") List<ContainedModel> contained,
    @JsonProperty("model_decisions") List<ModelDecision> modelDecisions,
    @JsonProperty("partition_summaries") List<PartitionSummary> partitionSummaries,
    @JsonProperty("check_results") List<Object> checkResults,
    @JsonProperty("anomalies") List<Object> anomalies,
    @JsonProperty("quarantine") List<Object> quarantine,
    @JsonProperty("permissions") PermissionSummary permissions,
    @JsonProperty("drift") DriftSummary drift,
    @JsonProperty("execution") ExecutionSummary execution,
    @JsonProperty("interrupted") boolean interrupted,
    @JsonProperty("shadow") boolean shadow,
    @JsonProperty("idempotency_key") @Nullable String idempotencyKey,
    @JsonProperty("skipped_by_run_id") @Nullable String skippedByRunId,
    @JsonProperty("cost_summary") @Nullable CostSummary costSummary,
    @JsonProperty("budget_breaches") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BudgetBreach> budgetBreaches) {

  @JsonCreator
  public RunOutput {
    materializations = List.copyOf(materializations);
    errors = List.copyOf(errors);
    contained = List.copyOf(contained);
    modelDecisions = List.copyOf(modelDecisions);
    partitionSummaries = List.copyOf(partitionSummaries);
    checkResults = List.copyOf(checkResults);
    anomalies = List.copyOf(anomalies);
    quarantine = List.copyOf(quarantine);
    budgetBreaches = List.copyOf(budgetBreaches);
  }

  /** This output with a run's data-quality results, and the status the run ends in once they count. */
  public RunOutput withQuality(RunStatus newStatus, List<?> checks, List<?> anomaliesFound, List<?> quarantined) {
    return new RunOutput(version, command, runId, newStatus, filter, durationMs, tablesCopied, tablesFailed,
        tablesSkipped, materializations, errors, contained, modelDecisions, partitionSummaries, List.copyOf(checks),
        List.copyOf(anomaliesFound), List.copyOf(quarantined), permissions, drift, execution, interrupted, shadow,
        idempotencyKey, skippedByRunId, costSummary, budgetBreaches);
  }

  /** This output of a run a hook stopped ({@code on_failure = "abort"}): a {@code Failure}, marked interrupted. */
  public RunOutput stopped() {
    return new RunOutput(version, command, runId, RunStatus.FAILURE, filter, durationMs, tablesCopied, tablesFailed,
        tablesSkipped, materializations, errors, contained, modelDecisions, partitionSummaries, checkResults,
        anomalies, quarantine, permissions, drift, execution, true, shadow, idempotencyKey, skippedByRunId,
        costSummary, budgetBreaches);
  }

  /** An output without cost: the run was not priced. */
  public RunOutput(String version, String command, @Nullable String runId, RunStatus status, String filter,
      long durationMs, int tablesCopied, int tablesFailed, int tablesSkipped, List<Materialization> materializations,
      List<RunError> errors, List<ContainedModel> contained, List<ModelDecision> modelDecisions,
      List<PartitionSummary> partitionSummaries, List<Object> checkResults, List<Object> anomalies,
      List<Object> quarantine, PermissionSummary permissions, DriftSummary drift, ExecutionSummary execution,
      boolean interrupted, boolean shadow, @Nullable String idempotencyKey, @Nullable String skippedByRunId) {
    this(version, command, runId, status, filter, durationMs, tablesCopied, tablesFailed, tablesSkipped,
        materializations, errors, contained, modelDecisions, partitionSummaries, checkResults, anomalies, quarantine,
        permissions, drift, execution, interrupted, shadow, idempotencyKey, skippedByRunId, null, List.of());
  }

  /**
   * Rocky's exit code: 0 success (or skipped by the idempotency key), 2 partial failure, 1 failure;
   * 1 also when the run went over a budget whose {@code on_breach} is {@code error}.
   */
  @JsonIgnore
  public int exitCode() {
    if (budgetBreaches.stream().anyMatch(BudgetBreach::fails)) {
      return 1;
    }
    return switch (status) {
      case SUCCESS, SKIPPED_IDEMPOTENT, SKIPPED_IN_FLIGHT -> 0;
      case PARTIAL_FAILURE -> 2;
      case FAILURE -> 1;
    };
  }

  /** One table (or, for time_interval, one window) written. {@code assetKey} is {@code [catalog?, schema, table]}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Materialization(
      @JsonProperty("asset_key") List<String> assetKey,
      @JsonProperty("rows_copied") @Nullable Long rowsCopied,
      @JsonProperty("duration_ms") long durationMs,
      @JsonProperty("started_at") String startedAt,
      @JsonProperty("metadata") MaterializationMetadata metadata,
      @JsonProperty("partition") @Nullable PartitionInfo partition,
      @JsonProperty("cost_usd") @Nullable Double costUsd,
      @JsonProperty("bytes_scanned") @Nullable Long bytesScanned,
      @JsonProperty("bytes_written") @Nullable Long bytesWritten,
      @JsonProperty("job_ids") List<String> jobIds,
      @JsonProperty("attempts") List<AttemptRecord> attempts) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MaterializationMetadata(
      @JsonProperty("strategy") String strategy,
      @JsonProperty("watermark") @Nullable String watermark,
      @JsonProperty("target_table_full_name") String targetTableFullName,
      @JsonProperty("sql_hash") String sqlHash,
      @JsonProperty("column_count") @Nullable Integer columnCount) {}

  /** The half-open window {@code [start, end)} a time_interval materialization replaced. */
  public record PartitionInfo(
      @JsonProperty("key") String key,
      @JsonProperty("start") String start,
      @JsonProperty("end") String end,
      @JsonProperty("batched_with") List<String> batchedWith) {}

  /** A model that failed: {@code error} names its SQL file and carries the warehouse's message. */
  public record RunError(
      @JsonProperty("asset_key") List<String> assetKey,
      @JsonProperty("model") String model,
      @JsonProperty("error") String error,
      @JsonProperty("failure_kind") FailureKind failureKind) {}

  /** A model withheld because {@code blockedBy} failed. */
  public record ContainedModel(
      @JsonProperty("model") String model,
      @JsonProperty("blocked_by") String blockedBy,
      @JsonProperty("unblock_hint") String unblockHint) {}

  /** Whether a model was built or skipped, and why. */
  public record ModelDecision(
      @JsonProperty("model") String model,
      @JsonProperty("decision") String decision,
      @JsonProperty("reason") String reason) {}

  public record PartitionSummary(
      @JsonProperty("model") String model,
      @JsonProperty("partitions_planned") int partitionsPlanned,
      @JsonProperty("partitions_succeeded") int partitionsSucceeded,
      @JsonProperty("partitions_failed") int partitionsFailed,
      @JsonProperty("partitions_skipped") int partitionsSkipped) {}

  public record ExecutionSummary(
      @JsonProperty("concurrency") int concurrency,
      @JsonProperty("tables_processed") int tablesProcessed,
      @JsonProperty("tables_failed") int tablesFailed,
      @JsonProperty("adaptive_concurrency") boolean adaptiveConcurrency) {}

  public record PermissionSummary(
      @JsonProperty("grants_added") int grantsAdded,
      @JsonProperty("grants_revoked") int grantsRevoked,
      @JsonProperty("catalogs_created") int catalogsCreated,
      @JsonProperty("schemas_created") int schemasCreated) {

    public static final PermissionSummary NONE = new PermissionSummary(0, 0, 0, 0);
  }

  public record DriftSummary(
      @JsonProperty("tables_checked") int tablesChecked,
      @JsonProperty("tables_drifted") int tablesDrifted,
      @JsonProperty("actions_taken") List<Object> actionsTaken) {

    public static final DriftSummary NONE = new DriftSummary(0, 0, List.of());
  }
}
