package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The small run-time sections of {@code rocky.toml}, one record each: {@code [run]},
 * {@code [reuse]}, {@code [resilience]}, {@code [retry]}, {@code [cache.schemas]}, {@code [ai]},
 * {@code [schedule]}, {@code [schema_evolution]}, {@code [gc]} and {@code [replay]}.
 */
public final class RuntimeSections {
  private RuntimeSections() {}

  /** {@code [run]}: skipping unchanged models and scheduling strictness. */
  public record Run(
      @JsonProperty("skip_unchanged") Boolean skipUnchanged,
      @JsonProperty("skip_rowcount_fallback") Boolean skipRowcountFallback,
      @JsonProperty("lag_tolerance_seconds") Long lagToleranceSeconds,
      @JsonProperty("strict_scheduling") Boolean strictScheduling) {
    public Run {
      skipUnchanged = Values.or(skipUnchanged, false);
      skipRowcountFallback = Values.or(skipRowcountFallback, false);
      lagToleranceSeconds = Values.or(lagToleranceSeconds, 0L);
      strictScheduling = Values.or(strictScheduling, false);
    }

    public static Run defaults() {
      return new Run(null, null, null, null);
    }
  }

  /**
   * {@code [replay]}: what {@code rocky run} records for {@code rocky replay}. {@code full} (the
   * default) records each model's recipe, its inputs (snapshots, table versions or Time Travel
   * moments) and its output's content hash, so a replay can rebuild and verify it; {@code hashes}
   * records recipes and output hashes only (an audit trail; a replay reports the models
   * non-replayable); {@code off} records nothing.
   */
  public record Replay(@JsonProperty("record") Record record) {
    public Replay {
      record = Values.or(record, Record.FULL);
    }

    public static Replay defaults() {
      return new Replay(null);
    }

    /** How much of each model's provenance a run records. */
    public enum Record {
      @JsonProperty("full")
      FULL,
      @JsonProperty("hashes")
      HASHES,
      @JsonProperty("off")
      OFF
    }
  }

  /** {@code [reuse]}: content-addressed reuse of unchanged results. */
  public record Reuse(@JsonProperty("enabled") Boolean enabled, @JsonProperty("column_level") Boolean columnLevel) {
    public Reuse {
      enabled = Values.or(enabled, false);
      columnLevel = Values.or(columnLevel, true);
    }

    public static Reuse defaults() {
      return new Reuse(null, null);
    }
  }

  /** {@code [resilience]}: in-run retries of transient failures and failure containment. */
  public record Resilience(
      @JsonProperty("enabled") Boolean enabled,
      @JsonProperty("transient_max_retries") Integer transientMaxRetries,
      @JsonProperty("initial_backoff_ms") Long initialBackoffMs,
      @JsonProperty("max_backoff_ms") Long maxBackoffMs,
      @JsonProperty("backoff_multiplier") Double backoffMultiplier,
      @JsonProperty("jitter") Boolean jitter,
      @JsonProperty("circuit_breaker_threshold") Integer circuitBreakerThreshold,
      @JsonProperty("max_retries_per_run") Integer maxRetriesPerRun,
      @JsonProperty("contain_failures") Boolean containFailures,
      @JsonProperty("auto_apply_additive_drift") Boolean autoApplyAdditiveDrift) {
    public Resilience {
      enabled = Values.or(enabled, true);
      transientMaxRetries = Values.or(transientMaxRetries, 2);
      initialBackoffMs = Values.or(initialBackoffMs, 500L);
      maxBackoffMs = Values.or(maxBackoffMs, 30000L);
      backoffMultiplier = Values.or(backoffMultiplier, 2.0);
      jitter = Values.or(jitter, true);
      circuitBreakerThreshold = Values.or(circuitBreakerThreshold, 3);
      maxRetriesPerRun = Values.or(maxRetriesPerRun, 8);
      containFailures = Values.or(containFailures, false);
      autoApplyAdditiveDrift = Values.or(autoApplyAdditiveDrift, false);
    }

    public static Resilience defaults() {
      return new Resilience(null, null, null, null, null, null, null, null, null, null);
    }
  }

  /** {@code [retry]}: one retry budget shared by every adapter in a run (null: unlimited). */
  public record RetryBudget(@JsonProperty("max_retries_per_run") @Nullable Integer maxRetriesPerRun) {
    public static RetryBudget defaults() {
      return new RetryBudget(null);
    }
  }

  /** {@code [cache]}: only {@code [cache.schemas]} for now. */
  public record Cache(@JsonProperty("schemas") SchemaCache schemas) {
    public Cache {
      schemas = Values.or(schemas, new SchemaCache(null, null, null));
    }

    public static Cache defaults() {
      return new Cache(null);
    }
  }

  /** {@code [cache.schemas]}: warehouse schema cache. */
  public record SchemaCache(
      @JsonProperty("enabled") Boolean enabled,
      @JsonProperty("ttl_seconds") Long ttlSeconds,
      @JsonProperty("replicate") Boolean replicate) {
    public SchemaCache {
      enabled = Values.or(enabled, true);
      ttlSeconds = Values.or(ttlSeconds, 86400L);
      replicate = Values.or(replicate, false);
    }
  }

  /**
   * {@code [ai]}: which model {@code rocky ai} and {@code rocky ai-test} ask, and how. Rocky has
   * {@code max_tokens} only; {@code provider} ({@code anthropic} or {@code bedrock}), {@code model},
   * {@code timeout_seconds} (per request), {@code max_retries} (on 429 and 5xx), {@code endpoint}
   * (another base URL, e.g. a proxy) and {@code region} (Bedrock) are this build's. No key is ever
   * read from the file: the Anthropic key comes only from {@code ANTHROPIC_API_KEY}, Bedrock's
   * credentials from the AWS default chain.
   */
  public record Ai(
      @JsonProperty("provider") String provider,
      @JsonProperty("model") String model,
      @JsonProperty("max_tokens") Integer maxTokens,
      @JsonProperty("timeout_seconds") Integer timeoutSeconds,
      @JsonProperty("max_retries") Integer maxRetries,
      @JsonProperty("endpoint") @Nullable String endpoint,
      @JsonProperty("region") @Nullable String region) {
    /** The providers {@code provider} may name. */
    public static final java.util.List<String> PROVIDERS = java.util.List.of("anthropic", "bedrock");

    public Ai {
      provider = Values.or(provider, "anthropic");
      model = Values.or(model, provider.equals("bedrock") ? "anthropic.claude-sonnet-4-5-20250929-v1:0" : "claude-sonnet-4-5");
      maxTokens = Values.or(maxTokens, 4096);
      timeoutSeconds = Values.or(timeoutSeconds, 120);
      maxRetries = Values.or(maxRetries, 3);
    }

    public static Ai defaults() {
      return new Ai(null, null, null, null, null, null, null);
    }
  }

  /** {@code [schedule]}: project-wide scheduler settings. */
  public record Schedule(
      @JsonProperty("timezone") String timezone,
      @JsonProperty("poll_interval_seconds") Integer pollIntervalSeconds) {
    public Schedule {
      timezone = Values.or(timezone, "UTC");
      pollIntervalSeconds = Values.or(pollIntervalSeconds, 15);
    }

    public static Schedule defaults() {
      return new Schedule(null, null);
    }
  }

  /** {@code [schema_evolution]}: accepted, not acted on (as in Rocky). */
  public record SchemaEvolution(@JsonProperty("grace_period_days") Integer gracePeriodDays) {
    public SchemaEvolution {
      gracePeriodDays = Values.or(gracePeriodDays, 7);
    }

    public static SchemaEvolution defaults() {
      return new SchemaEvolution(null);
    }
  }

  /** {@code [gc]}: {@code physical_delete = true} is rejected at load. */
  public record Gc(@JsonProperty("physical_delete") Boolean physicalDelete) {
    public Gc {
      physicalDelete = Values.or(physicalDelete, false);
    }

    public static Gc defaults() {
      return new Gc(null);
    }
  }
}
