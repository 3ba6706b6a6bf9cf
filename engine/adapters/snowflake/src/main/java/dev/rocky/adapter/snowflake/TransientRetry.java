package dev.rocky.adapter.snowflake;

import dev.rocky.core.config.RetryConfig;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.run.Failures;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Repeats work that is safe to repeat while it fails transiently, with exponential backoff and
 * jitter from {@code [adapter.NAME.retry]}: reads, metadata lookups and the query history, and any
 * statement whose session could not even be opened. A statement that reached Snowflake and failed
 * is not repeated here; the run loop decides that for the whole model.
 */
final class TransientRetry {
  private final RetryConfig config;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  TransientRetry(RetryConfig config, Sleeper sleeper, DoubleSupplier random) {
    this.config = config;
    this.sleeper = sleeper;
    this.random = random;
  }

  <T> T run(Supplier<T> work) throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return work.get();
      } catch (RockyException e) {
        if (!Failures.isTransient(e) || attempt >= config.maxRetries()) {
          throw e;
        }
        sleeper.sleep(backoff(attempt));
      }
    }
  }

  Duration backoff(int attempt) {
    double millis = Math.min(config.maxBackoffMs(), config.initialBackoffMs() * Math.pow(config.backoffMultiplier(), attempt));
    if (config.jitter()) {
      millis = millis * (0.5 + 0.5 * random.getAsDouble());
    }
    return Duration.ofMillis(Math.max(0, Math.round(millis)));
  }
}
