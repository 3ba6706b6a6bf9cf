package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Retry policy for transient warehouse errors ({@code [adapter.NAME.retry]}, {@code [state.retry]}).
 * A null {@code circuitBreakerRecoveryTimeoutSecs} means the breaker is reset by hand; a null
 * {@code maxRetriesPerRun} means no per-run cap.
 */
public record RetryConfig(
    @JsonProperty("max_retries") Integer maxRetries,
    @JsonProperty("initial_backoff_ms") Long initialBackoffMs,
    @JsonProperty("max_backoff_ms") Long maxBackoffMs,
    @JsonProperty("backoff_multiplier") Double backoffMultiplier,
    @JsonProperty("jitter") Boolean jitter,
    @JsonProperty("circuit_breaker_threshold") Integer circuitBreakerThreshold,
    @JsonProperty("circuit_breaker_recovery_timeout_secs") @Nullable Long circuitBreakerRecoveryTimeoutSecs,
    @JsonProperty("max_retries_per_run") @Nullable Integer maxRetriesPerRun) {

  public RetryConfig {
    maxRetries = Values.or(maxRetries, 3);
    initialBackoffMs = Values.or(initialBackoffMs, 1000L);
    maxBackoffMs = Values.or(maxBackoffMs, 30000L);
    backoffMultiplier = Values.or(backoffMultiplier, 2.0);
    jitter = Values.or(jitter, true);
    circuitBreakerThreshold = Values.or(circuitBreakerThreshold, 5);
  }

  public static RetryConfig defaults() {
    return new RetryConfig(null, null, null, null, null, null, null, null);
  }
}
