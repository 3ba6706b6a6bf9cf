package dev.rocky.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One query from a warehouse's own history, for cost attribution. */
public record QueryHistoryEntry(
    String queryId, String sql, Instant startedAt, Duration duration, @Nullable Long bytesScanned) {
  public QueryHistoryEntry {
    Objects.requireNonNull(queryId, "queryId");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
  }
}
