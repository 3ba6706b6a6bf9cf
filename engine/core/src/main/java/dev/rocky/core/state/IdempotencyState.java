package dev.rocky.core.state;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Lifecycle of an idempotency key: claimed by a live run, then finished one way or the other. */
public enum IdempotencyState {
  @JsonProperty("InFlight") IN_FLIGHT,
  @JsonProperty("Succeeded") SUCCEEDED,
  @JsonProperty("Failed") FAILED
}
