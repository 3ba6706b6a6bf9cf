package dev.rocky.adapter.databricks;

import dev.rocky.core.config.RetryConfig;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.run.Failures;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Repeats one API request while it fails transiently (throttled, unavailable), with exponential
 * backoff and jitter from {@code [adapter.NAME.retry]}; anything else fails at once. Only requests
 * that are safe to repeat go through here: a submit the server refused, a status poll, a chunk
 * fetch, a history page. A statement that ran and failed is never resubmitted by the adapter.
 */
final class RequestRetry {
  private final RetryConfig config;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  RequestRetry(RetryConfig config, Sleeper sleeper, DoubleSupplier random) {
    this.config = config;
    this.sleeper = sleeper;
    this.random = random;
  }

  /** Listens to each transient failure before it is retried (or rethrown). */
  interface Listener {
    Listener NONE = e -> {};

    void onTransientFailure(RockyException e);
  }

  <T> T run(Supplier<T> request, Listener listener) throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return request.get();
      } catch (RockyException e) {
        if (!Failures.isTransient(e)) {
          throw e;
        }
        listener.onTransientFailure(e);
        if (attempt >= config.maxRetries()) {
          throw e;
        }
        sleeper.sleep(backoff(attempt));
      }
    }
  }

  /** The pause before retry {@code attempt + 1}: initial x multiplier^attempt, capped, jittered down to half. */
  Duration backoff(int attempt) {
    double millis = Math.min(config.maxBackoffMs(), config.initialBackoffMs() * Math.pow(config.backoffMultiplier(), attempt));
    if (config.jitter()) {
      millis = millis * (0.5 + 0.5 * random.getAsDouble());
    }
    return Duration.ofMillis(Math.max(0, Math.round(millis)));
  }
}
