package dev.rocky.adapter.databricks;

import dev.rocky.core.config.Secret;
import dev.rocky.core.config.RetryConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where and how the Databricks adapter runs statements: the workspace {@code host}, the SQL
 * warehouse (the last segment of {@code http_path}), the default catalog and schema for unqualified
 * names, the credentials, the statement {@code timeout}, the retry policy for transient failures and
 * the {@link Tuning}. Prints without credentials.
 */
public record DatabricksConfig(
    URI host,
    String warehouseId,
    @Nullable String catalog,
    @Nullable String schema,
    DatabricksAuth auth,
    Duration timeout,
    RetryConfig retry,
    Tuning tuning) {

  public DatabricksConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(warehouseId, "warehouseId");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(tuning, "tuning");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
  }

  /** The secrets in this configuration, for the {@link Redactor}. */
  List<Secret> secrets() {
    List<Secret> out = new ArrayList<>();
    switch (auth) {
      case DatabricksAuth.Pat pat -> out.add(pat.token());
      case DatabricksAuth.OAuthM2M m2m -> out.add(m2m.clientSecret());
    }
    return out;
  }

  public DatabricksConfig withTuning(Tuning newTuning) {
    return new DatabricksConfig(host, warehouseId, catalog, schema, auth, timeout, retry, newTuning);
  }

  public DatabricksConfig withTimeout(Duration newTimeout) {
    return new DatabricksConfig(host, warehouseId, catalog, schema, auth, newTimeout, retry, tuning);
  }

  public DatabricksConfig withRetry(RetryConfig newRetry) {
    return new DatabricksConfig(host, warehouseId, catalog, schema, auth, timeout, newRetry, tuning);
  }

  /**
   * How statements are driven.
   *
   * @param waitTimeout how long a submit waits for the statement to finish before it returns a
   *     statement id to poll: zero, or 5 to 50 seconds (the API's bounds)
   * @param firstPoll the first pause between polls; each next one is half as long again
   * @param maxPoll the longest pause between polls
   * @param initialConcurrency statements in flight at first
   * @param maxConcurrency the most statements in flight the limit grows to
   */
  public record Tuning(Duration waitTimeout, Duration firstPoll, Duration maxPoll, int initialConcurrency,
      int maxConcurrency) {

    public static final Tuning DEFAULT = new Tuning(Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(2), 4, 16);

    public Tuning {
      Objects.requireNonNull(waitTimeout, "waitTimeout");
      Objects.requireNonNull(firstPoll, "firstPoll");
      Objects.requireNonNull(maxPoll, "maxPoll");
      long wait = waitTimeout.toSeconds();
      if (waitTimeout.toMillis() % 1000 != 0 || (wait != 0 && (wait < 5 || wait > 50))) {
        throw new IllegalArgumentException("waitTimeout is 0 or 5..50 whole seconds, got " + waitTimeout);
      }
      if (initialConcurrency < 1 || maxConcurrency < initialConcurrency) {
        throw new IllegalArgumentException("need 1 <= initialConcurrency <= maxConcurrency");
      }
    }
  }
}
