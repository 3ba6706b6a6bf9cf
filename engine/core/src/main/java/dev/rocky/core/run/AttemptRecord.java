package dev.rocky.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One try at materializing a model. A model retried after a transient failure has one record per
 * attempt, the last of which is the outcome that stuck.
 *
 * @param attempt 1-based; 2 and above are retries
 * @param outcome {@link ModelStatus#SUCCESS} or {@link ModelStatus#FAILED}
 * @param failureClass for a failed attempt, whether it was transient
 * @param transientKind for a transient failure, its sub-kind (e.g. {@code lock-conflict})
 * @param error for a failed attempt, its message
 * @param backoffMs time slept after this attempt before the next; null on the last attempt
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttemptRecord(
    @JsonProperty("attempt") int attempt,
    @JsonProperty("outcome") ModelStatus outcome,
    @JsonProperty("failure_class") @Nullable FailureClass failureClass,
    @JsonProperty("transient_kind") @Nullable String transientKind,
    @JsonProperty("error") @Nullable String error,
    @JsonProperty("backoff_ms") @Nullable Long backoffMs,
    @JsonProperty("duration_ms") long durationMs) {

  public AttemptRecord {
    Objects.requireNonNull(outcome, "outcome");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt is 1-based: " + attempt);
    }
    if (outcome == ModelStatus.SKIPPED) {
      throw new IllegalArgumentException("an attempt either succeeds or fails");
    }
    if (durationMs < 0 || (backoffMs != null && backoffMs < 0)) {
      throw new IllegalArgumentException("durations are never negative");
    }
  }

  public static AttemptRecord succeeded(int attempt, long durationMs) {
    return new AttemptRecord(attempt, ModelStatus.SUCCESS, null, null, null, null, durationMs);
  }
}
