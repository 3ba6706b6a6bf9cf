package dev.rocky.core.state;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which finished runs make a repeated idempotency key a no-op ({@code dedup_on}). */
public enum DedupPolicy {
  /** Only a successful run; after a failure the key can be claimed again. */
  @JsonProperty("success") SUCCESS,
  /** Any finished run, successful or not. */
  @JsonProperty("any") ANY
}
