package dev.rocky.app.execute;

import dev.rocky.core.run.AttemptRecord;
import dev.rocky.core.run.FailureClass;
import dev.rocky.core.run.Failures;
import dev.rocky.core.run.ModelStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Runs one unit of work, retrying it while it fails transiently (per {@link Failures#isTransient})
 * and attempts remain; a user error, an internal error or an unclassified failure is never retried.
 * The work must be safe to repeat: each try re-probes what it depends on.
 */
final class Retrier {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final Clock clock;

  Retrier(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random, Clock clock) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.random = random;
    this.clock = clock;
  }

  /** The outcome of a unit of work and its retry trail. */
  sealed interface Outcome<T> {
    List<AttemptRecord> attempts();
  }

  record Done<T>(T value, List<AttemptRecord> attempts) implements Outcome<T> {}

  record Failed<T>(RuntimeException failure, List<AttemptRecord> attempts) implements Outcome<T> {}

  <T> Outcome<T> run(Supplier<T> work) {
    List<AttemptRecord> attempts = new ArrayList<>();
    for (int attempt = 1; ; attempt++) {
      Instant start = clock.instant();
      try {
        T value = work.get();
        attempts.add(AttemptRecord.succeeded(attempt, elapsed(start)));
        return new Done<>(value, attempts);
      } catch (RuntimeException e) {
        FailureClass failureClass = Failures.failureClass(e);
        boolean again = failureClass == FailureClass.TRANSIENT && attempt < policy.maxAttempts()
            && !Thread.currentThread().isInterrupted();
        Duration backoff = again ? policy.backoff(attempt, random.getAsDouble()) : null;
        String transientKind = failureClass == FailureClass.TRANSIENT ? Failures.kind(e).wireName() : null;
        attempts.add(new AttemptRecord(attempt, ModelStatus.FAILED, failureClass, transientKind, ModelError.of(e, "")
            .message(), backoff == null ? null : backoff.toMillis(), elapsed(start)));
        if (backoff == null || !sleep(backoff)) {
          return new Failed<>(e, attempts);
        }
      }
    }
  }

  /** Sleeps; false when interrupted (the interrupt is kept for the caller to see). */
  private boolean sleep(Duration backoff) {
    try {
      sleeper.sleep(backoff);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private long elapsed(Instant start) {
    return Math.max(0, Duration.between(start, clock.instant()).toMillis());
  }
}
