package dev.rocky.core.state;

import java.time.Duration;
import java.util.Objects;

/**
 * How long claims last: an in-flight claim older than {@code inFlightTtl} belongs to a crashed run
 * and may be adopted; a finished entry is kept for {@code retention}.
 */
public record IdempotencyPolicy(Duration inFlightTtl, Duration retention, DedupPolicy dedupOn) {
  public static final IdempotencyPolicy DEFAULT =
      new IdempotencyPolicy(Duration.ofHours(24), Duration.ofDays(30), DedupPolicy.SUCCESS);

  public IdempotencyPolicy {
    Objects.requireNonNull(dedupOn, "dedupOn");
    if (inFlightTtl.isNegative() || inFlightTtl.isZero() || retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("idempotency durations must be positive");
    }
  }
}
