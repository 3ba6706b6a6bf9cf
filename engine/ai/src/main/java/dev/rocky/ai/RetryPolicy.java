package dev.rocky.ai;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When to try a request again: after a 429 or a 5xx, up to {@code maxRetries} times, waiting what
 * the server asks for in {@code retry-after} (capped at {@link #MAX_WAIT}) or else an exponential
 * backoff from {@code initialBackoff}, doubled each time and capped at {@link #MAX_WAIT}.
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Sleeper sleeper) {
  /** The longest single wait, whatever {@code retry-after} says. */
  public static final Duration MAX_WAIT = Duration.ofSeconds(60);

  /** Waits; tests record the waits instead. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative");
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(sleeper, "sleeper");
  }

  /** {@code maxRetries} with a one-second first backoff, sleeping for real. */
  public static RetryPolicy of(int maxRetries) {
    return new RetryPolicy(maxRetries, Duration.ofSeconds(1), d -> Thread.sleep(d.toMillis()));
  }

  /** Whether an HTTP status is worth another try. */
  public static boolean retryable(int status) {
    return status == 429 || status >= 500;
  }

  /**
   * How long to wait before retry number {@code retry} (1-based).
   *
   * @param retryAfter the {@code retry-after} header, or null
   */
  public Duration delay(int retry, @Nullable String retryAfter) {
    if (retryAfter != null) {
      try {
        long seconds = Long.parseLong(retryAfter.strip());
        return min(Duration.ofSeconds(Math.max(0, seconds)));
      } catch (NumberFormatException e) {
        // An HTTP date or garbage: fall back to the backoff.
      }
    }
    long factor = 1L << Math.min(20, retry - 1);
    return min(initialBackoff.multipliedBy(factor));
  }

  /** Sleeps before retry number {@code retry}. */
  public void pause(int retry, @Nullable String retryAfter) {
    try {
      sleeper.sleep(delay(retry, retryAfter));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }

  private static Duration min(Duration d) {
    return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
  }
}
