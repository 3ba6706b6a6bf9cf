package dev.rocky.fn.support;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a handler needs to know about the invocation it serves, taken from the Lambda context (or
 * made up outside Lambda): a unique id and the time it has left.
 *
 * @param requestId unique per invocation (Lambda's request id; a retry gets a new one)
 * @param remaining how long the invocation may still run
 */
public record Invocation(String requestId, Duration remaining) {
  /** The time assumed left outside Lambda: Lambda's longest timeout. */
  public static final Duration DEFAULT_REMAINING = Duration.ofMinutes(15);

  public Invocation {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(remaining, "remaining");
  }

  /** The invocation of {@code context}; without one (tests, priming), a fresh id and 15 minutes. */
  public static Invocation of(@Nullable Context context) {
    if (context == null) {
      return local();
    }
    return new Invocation(context.getAwsRequestId(), Duration.ofMillis(Math.max(0, context.getRemainingTimeInMillis())));
  }

  /** An invocation outside Lambda, with an id made now (never at init). */
  public static Invocation local() {
    return new Invocation("local-" + UUID.randomUUID(), DEFAULT_REMAINING);
  }
}
