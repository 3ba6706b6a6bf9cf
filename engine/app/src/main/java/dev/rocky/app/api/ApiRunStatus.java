package dev.rocky.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.run.RunStatus;

/** A run's status on the API: Rocky's {@link RunStatus}, plus {@code Running} and {@code Error}. */
public enum ApiRunStatus {
  @JsonProperty("Running") RUNNING,
  @JsonProperty("Success") SUCCESS,
  @JsonProperty("PartialFailure") PARTIAL_FAILURE,
  @JsonProperty("Failure") FAILURE,
  @JsonProperty("SkippedIdempotent") SKIPPED_IDEMPOTENT,
  @JsonProperty("SkippedInFlight") SKIPPED_IN_FLIGHT,
  /** The run did not run to its end (a crash, an aborted execution); the view's {@code error} says why. */
  @JsonProperty("Error") ERROR;

  public static ApiRunStatus of(RunStatus status) {
    return switch (status) {
      case SUCCESS -> SUCCESS;
      case PARTIAL_FAILURE -> PARTIAL_FAILURE;
      case FAILURE -> FAILURE;
      case SKIPPED_IDEMPOTENT -> SKIPPED_IDEMPOTENT;
      case SKIPPED_IN_FLIGHT -> SKIPPED_IN_FLIGHT;
    };
  }

  /** Whether the status is final. */
  public boolean done() {
    return this != RUNNING;
  }
}
