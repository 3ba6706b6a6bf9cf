package dev.rocky.app.execute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.run.AttemptRecord;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RecipeIdentity;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.WatermarkAdvance;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.sql.TableName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one model's materialization ended; what the execute Lambda returns and what a run commits.
 * Figures the warehouse did not report are null, never 0.
 *
 * @param sqlHash the first 16 hex characters of the SHA-256 of the statements run, joined by {@code ";\n"}
 * @param watermark the target's watermark after this run (the new one, or the old one kept)
 * @param watermarkAdvance what to commit for the watermark: only for a success that read a new value
 * @param attempts every try, in order; for time_interval, each unit's trail (setup, then each window)
 * @param jobIds the warehouse's ids of the statements run, where it has them
 * @param partitions the partition records to commit (time_interval only)
 * @param windows each window attempted (time_interval only)
 * @param error why it failed, for a failed model
 * @param skipReason why it did not run, for a skipped model (e.g. {@code upstream 'stg' failed})
 * @param identity what it was built from (recipe, inputs, environment, output), when recorded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelResult(
    @JsonProperty("model") String model,
    @JsonProperty("strategy") String strategy,
    @JsonProperty("target") TableName target,
    @JsonProperty("status") ModelStatus status,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("finished_at") Instant finishedAt,
    @JsonProperty("rows_affected") @Nullable Long rowsAffected,
    @JsonProperty("bytes_scanned") @Nullable Long bytesScanned,
    @JsonProperty("bytes_written") @Nullable Long bytesWritten,
    @JsonProperty("sql_hash") String sqlHash,
    @JsonProperty("watermark") @Nullable Instant watermark,
    @JsonProperty("watermark_advance") @Nullable WatermarkAdvance watermarkAdvance,
    @JsonProperty("attempts") List<AttemptRecord> attempts,
    @JsonProperty("job_ids") List<String> jobIds,
    @JsonProperty("partitions") List<PartitionRecord> partitions,
    @JsonProperty("windows") List<WindowResult> windows,
    @JsonProperty("error") @Nullable ModelError error,
    @JsonProperty("skip_reason") @Nullable String skipReason,
    @JsonProperty("identity") @Nullable RecipeIdentity identity) {

  public ModelResult {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(sqlHash, "sqlHash");
    attempts = List.copyOf(attempts);
    jobIds = List.copyOf(jobIds);
    partitions = List.copyOf(partitions);
    windows = List.copyOf(windows);
    if ((status == ModelStatus.FAILED) != (error != null)) {
      throw new IllegalArgumentException(model + ": a failed result has an error, and only a failed one");
    }
    if ((status == ModelStatus.SKIPPED) != (skipReason != null)) {
      throw new IllegalArgumentException(model + ": a skipped result has a reason, and only a skipped one");
    }
    if (status != ModelStatus.SUCCESS && watermarkAdvance != null) {
      throw new IllegalArgumentException(model + ": only a success advances its watermark");
    }
  }

  /** A result without a recorded identity. */
  public ModelResult(String model, String strategy, TableName target, ModelStatus status, Instant startedAt,
      Instant finishedAt, @Nullable Long rowsAffected, @Nullable Long bytesScanned, @Nullable Long bytesWritten,
      String sqlHash, @Nullable Instant watermark, @Nullable WatermarkAdvance watermarkAdvance,
      List<AttemptRecord> attempts, List<String> jobIds, List<PartitionRecord> partitions, List<WindowResult> windows,
      @Nullable ModelError error, @Nullable String skipReason) {
    this(model, strategy, target, status, startedAt, finishedAt, rowsAffected, bytesScanned, bytesWritten, sqlHash,
        watermark, watermarkAdvance, attempts, jobIds, partitions, windows, error, skipReason, null);
  }

  /** This result with what it was built from. */
  public ModelResult withIdentity(@Nullable RecipeIdentity id) {
    return new ModelResult(model, strategy, target, status, startedAt, finishedAt, rowsAffected, bytesScanned,
        bytesWritten, sqlHash, watermark, watermarkAdvance, attempts, jobIds, partitions, windows, error, skipReason, id);
  }

  /** A model not run because an upstream failed. */
  public static ModelResult skipped(ModelStep step, String reason, Instant at) {
    return new ModelResult(step.model(), step.strategy().type(), step.target(), ModelStatus.SKIPPED, at, at, null,
        null, null, SqlHash.EMPTY, null, null, List.of(), List.of(), List.of(), List.of(), null, reason);
  }

  public boolean succeeded() {
    return status == ModelStatus.SUCCESS;
  }

  public long durationMs() {
    return Math.max(0, Duration.between(startedAt, finishedAt).toMillis());
  }

  /** Whether any unit of work was retried. */
  public boolean retried() {
    return attempts.stream().anyMatch(a -> a.attempt() > 1);
  }

  /** The run-record form; the retry trail is kept only when something was retried, as Rocky does. */
  public ModelExecution toExecution() {
    String message = error != null ? error.summary() : skipReason;
    return new ModelExecution(model, startedAt, finishedAt, durationMs(), rowsAffected, bytesScanned, bytesWritten,
        status, sqlHash, message, retried() ? attempts : List.of()).withIdentity(identity);
  }

  /** Everything to commit for this model in one state-store transaction. */
  public ModelCommit toCommit(String runId) {
    return new ModelCommit(runId, toExecution(), succeeded() ? watermarkAdvance : null, partitions);
  }
}
