package dev.rocky.fn.execute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.execute.ModelError;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the model's execution ended. A failed model is an answer, not an error: the state machine
 * reads {@code status} and skips the model's downstream; only a failure to run at all is thrown.
 *
 * @param replayed true when an earlier invocation had already executed the model in this run, and
 *     this is its recorded result (nothing ran)
 * @param message the failure or skip message, as in the run record
 * @param error the typed failure, on the invocation that ran the model
 * @param watermark the target's watermark after the run, for incremental models
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecuteModelResponse(
    @JsonProperty("run_id") String runId,
    @JsonProperty("model") String model,
    @JsonProperty("status") ModelStatus status,
    @JsonProperty("replayed") boolean replayed,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("finished_at") Instant finishedAt,
    @JsonProperty("duration_ms") long durationMs,
    @JsonProperty("rows_affected") @Nullable Long rowsAffected,
    @JsonProperty("bytes_scanned") @Nullable Long bytesScanned,
    @JsonProperty("bytes_written") @Nullable Long bytesWritten,
    @JsonProperty("sql_hash") String sqlHash,
    @JsonProperty("message") @Nullable String message,
    @JsonProperty("error") @Nullable ModelError error,
    @JsonProperty("watermark") @Nullable Instant watermark) {

  public ExecuteModelResponse {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(sqlHash, "sqlHash");
  }

  /** The answer of the invocation that ran the model. */
  static ExecuteModelResponse ran(String runId, ModelResult result) {
    ModelExecution e = result.toExecution();
    return new ExecuteModelResponse(runId, result.model(), result.status(), false, result.startedAt(),
        result.finishedAt(), result.durationMs(), result.rowsAffected(), result.bytesScanned(), result.bytesWritten(),
        result.sqlHash(), e.error(), result.error(), result.watermark());
  }

  /** The answer of a repeated invocation: the execution recorded by the first. */
  static ExecuteModelResponse replayed(String runId, ModelExecution e) {
    return new ExecuteModelResponse(runId, e.modelName(), e.status(), true, e.startedAt(), e.finishedAt(),
        e.durationMs(), e.rowsAffected(), e.bytesScanned(), e.bytesWritten(), e.sqlHash(), e.error(), null, null);
  }
}
