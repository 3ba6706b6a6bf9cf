package dev.rocky.app.execute;

import java.time.Duration;
import java.util.Objects;

/**
 * How transient failures are retried: at most {@code maxAttempts} tries of one unit of work, with
 * exponential backoff from {@code initialBackoff}, capped at {@code maxBackoff}, and jitter that
 * takes up to {@code jitter} (a fraction) off each delay so that parallel retries spread out.
 * Rocky's default: two retries per model.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter) {
  public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5);
  /** One try, no retry. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1), 0);

  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max");
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter is a fraction in [0, 1]: " + jitter);
    }
  }

  /**
   * The delay after failed attempt {@code attempt} (1-based): {@code min(max, initial * 2^(attempt-1))},
   * less {@code jitter * random} of it.
   *
   * @param random a number in {@code [0, 1)}
   */
  public Duration backoff(int attempt, double random) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt is 1-based: " + attempt);
    }
    long max = maxBackoff.toMillis();
    long base = initialBackoff.toMillis();
    for (int i = 1; i < attempt && base < max; i++) {
      base *= 2;
    }
    base = Math.min(base, max);
    double r = Math.min(Math.max(random, 0), 1);
    return Duration.ofMillis(Math.round(base * (1 - jitter * r)));
  }
}
