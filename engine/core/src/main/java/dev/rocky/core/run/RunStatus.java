package dev.rocky.core.run;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a run ended; PascalCase on the wire, as Rocky writes it. */
public enum RunStatus {
  @JsonProperty("Success") SUCCESS,
  @JsonProperty("PartialFailure") PARTIAL_FAILURE,
  @JsonProperty("Failure") FAILURE,
  /** Short-circuited: the idempotency key already maps to a completed run. No work was done. */
  @JsonProperty("SkippedIdempotent") SKIPPED_IDEMPOTENT,
  /** Short-circuited: another run holds the idempotency key's in-flight claim. No work was done. */
  @JsonProperty("SkippedInFlight") SKIPPED_IN_FLIGHT
}
