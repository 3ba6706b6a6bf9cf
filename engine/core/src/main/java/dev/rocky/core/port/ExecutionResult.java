package dev.rocky.core.port;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What running one statement cost. A figure the warehouse did not report is null, never 0.
 *
 * @param rowsAffected rows inserted, updated, deleted or created, when known
 * @param bytesScanned billing-relevant bytes read, when the warehouse reports them
 * @param bytesWritten bytes written, when the warehouse reports them
 * @param queryId the warehouse's id for the statement (a job or statement id), when it has one
 */
public record ExecutionResult(
    @Nullable Long rowsAffected,
    Duration duration,
    @Nullable Long bytesScanned,
    @Nullable Long bytesWritten,
    @Nullable String queryId) {

  public ExecutionResult {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || negative(rowsAffected) || negative(bytesScanned) || negative(bytesWritten)) {
      throw new IllegalArgumentException("counts and durations are never negative");
    }
  }

  /** A result that knows only rows affected (maybe) and duration. */
  public static ExecutionResult of(@Nullable Long rowsAffected, Duration duration) {
    return new ExecutionResult(rowsAffected, duration, null, null, null);
  }

  private static boolean negative(@Nullable Long value) {
    return value != null && value < 0;
  }
}
