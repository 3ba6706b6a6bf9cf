package dev.rocky.catalog.data;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one model ran within a run; counts and cost the run record does not carry are null.
 * {@code status} is {@code success}, {@code failed} or {@code skipped}.
 */
public record ExecutionData(
    String model,
    Instant startedAt,
    Instant finishedAt,
    long durationMs,
    @Nullable Long rows,
    @Nullable Long bytesScanned,
    String status,
    @Nullable String error,
    @Nullable Double costUsd) {

  public ExecutionData {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(status, "status");
  }
}
