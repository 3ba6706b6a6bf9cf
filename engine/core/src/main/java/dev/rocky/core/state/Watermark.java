package dev.rocky.core.state;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * How far an incremental target has been loaded: {@code MAX(ts)} over the target after the last
 * successful load. Keyed by the target's {@code catalog.schema.table}; it only moves forward.
 */
public record Watermark(
    @JsonProperty("last_value") Instant lastValue,
    @JsonProperty("updated_at") Instant updatedAt) {

  public Watermark {
    Objects.requireNonNull(lastValue, "lastValue");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** Whether storing this over {@code current} moves the watermark forward. */
  public boolean isAfter(Watermark current) {
    return lastValue.isAfter(current.lastValue);
  }
}
