package dev.rocky.fn.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What each {@link RunStep} answers; small and of fixed size, whatever the project's size. */
public sealed interface RunAnswer {

  /**
   * A run opened, or deflected by its idempotency key ({@code deflected} set, nothing else to do).
   *
   * @param segments how many child executions the run takes; 0 when deflected or the plan is empty
   * @param parallel the Map states' concurrency
   * @param byRunId the run that holds or finished the idempotency key, when deflected
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Started(
      @JsonProperty("run_id") String runId,
      @JsonProperty("started_at") Instant startedAt,
      @JsonProperty("models") int models,
      @JsonProperty("batches") int batches,
      @JsonProperty("segments") int segments,
      @JsonProperty("parallel") int parallel,
      @JsonProperty("deflected") @Nullable RunStatus deflected,
      @JsonProperty("by_run_id") @Nullable String byRunId) implements RunAnswer {}

  /**
   * A batch planned: the positions (within {@code layer}) of the models to execute; the blocked
   * ones were committed as skipped.
   *
   * @param more whether the segment has another batch, at {@code next}
   */
  record BatchPlan(
      @JsonProperty("layer") int layer,
      @JsonProperty("run") List<Integer> run,
      @JsonProperty("skipped") int skipped,
      @JsonProperty("more") boolean more,
      @JsonProperty("next") int next) implements RunAnswer {
    public BatchPlan {
      run = List.copyOf(run);
    }
  }

  /** A failed invocation recorded: {@code status} is what the run record now says of the model. */
  record FailureRecorded(
      @JsonProperty("model") String model,
      @JsonProperty("status") ModelStatus status) implements RunAnswer {}

  /**
   * A run recorded.
   *
   * @param summary one line for people, e.g. the {@code Cause} of a failed execution
   */
  record Finished(
      @JsonProperty("run_id") String runId,
      @JsonProperty("status") RunStatus status,
      @JsonProperty("models") int models,
      @JsonProperty("succeeded") int succeeded,
      @JsonProperty("failed") int failed,
      @JsonProperty("skipped") int skipped,
      @JsonProperty("summary") String summary) implements RunAnswer {}

  /** A run given up: no record, key failed, lease released. */
  record Aborted(@JsonProperty("run_id") String runId, @JsonProperty("executed") int executed) implements RunAnswer {}
}
