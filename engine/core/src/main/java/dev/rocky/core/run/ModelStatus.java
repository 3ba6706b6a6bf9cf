package dev.rocky.core.run;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How one model's execution (or one attempt at it) ended; lower-case on the wire. */
public enum ModelStatus {
  @JsonProperty("success") SUCCESS,
  @JsonProperty("failed") FAILED,
  @JsonProperty("skipped") SKIPPED
}
