package dev.rocky.core.state;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A table's row count when a run checked it: one entry of Rocky's {@code check_history}, the
 * baseline of anomaly detection.
 */
public record RowCountSnapshot(
    @JsonProperty("row_count") long rowCount,
    @JsonProperty("timestamp") Instant timestamp) {

  public RowCountSnapshot {
    Objects.requireNonNull(timestamp, "timestamp");
    if (rowCount < 0) {
      throw new IllegalArgumentException("a row count is never negative: " + rowCount);
    }
  }
}
