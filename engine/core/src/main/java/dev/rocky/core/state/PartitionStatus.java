package dev.rocky.core.state;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The state of one time-interval partition; PascalCase on the wire. */
public enum PartitionStatus {
  @JsonProperty("Computed") COMPUTED,
  @JsonProperty("Failed") FAILED,
  @JsonProperty("InProgress") IN_PROGRESS,
  @JsonProperty("Interrupted") INTERRUPTED
}
