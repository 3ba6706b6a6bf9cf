package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code [pipeline.NAME.checks]}: run-time data-quality checks. {@code assertions} are kept as
 * plain tables (their shape is the assertion DSL, owned by the checks runner).
 */
public record ChecksConfig(
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("fail_on_error") Boolean failOnError,
    @JsonProperty("row_count") Boolean rowCount,
    @JsonProperty("column_match") Boolean columnMatch,
    @JsonProperty("freshness") @Nullable FreshnessCheck freshness,
    @JsonProperty("null_rate") @Nullable NullRate nullRate,
    @JsonProperty("custom") List<CustomCheck> custom,
    @JsonProperty("anomaly_threshold_pct") Double anomalyThresholdPct,
    @JsonProperty("quarantine") @Nullable Quarantine quarantine,
    @JsonProperty("assertions") List<Map<String, Object>> assertions,
    @JsonProperty("cross_source_overlap") @Nullable CrossSourceOverlap crossSourceOverlap) {

  public ChecksConfig {
    enabled = Values.or(enabled, false);
    failOnError = Values.or(failOnError, true);
    rowCount = Values.or(rowCount, false);
    columnMatch = Values.or(columnMatch, false);
    custom = Values.list(custom);
    anomalyThresholdPct = Values.or(anomalyThresholdPct, 50.0);
    assertions = Values.list(assertions);
  }

  public static ChecksConfig defaults() {
    return new ChecksConfig(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** Freshness threshold, with per-schema overrides in seconds. */
  public record FreshnessCheck(
      @JsonProperty(value = "threshold_seconds", required = true) Long thresholdSeconds,
      @JsonProperty("overrides") Map<String, Long> overrides,
      @JsonProperty("severity") @Nullable String severity) {
    public FreshnessCheck {
      Objects.requireNonNull(thresholdSeconds, "threshold_seconds");
      overrides = Values.map(overrides);
    }
  }

  /** Null-rate check: {@code threshold} is a fraction in [0, 1]. */
  public record NullRate(
      @JsonProperty(value = "columns", required = true) List<String> columns,
      @JsonProperty(value = "threshold", required = true) Double threshold,
      @JsonProperty("sample_percent") Integer samplePercent,
      @JsonProperty("severity") @Nullable String severity) {
    public NullRate {
      columns = Values.list(columns);
      Objects.requireNonNull(threshold, "threshold");
      samplePercent = Values.or(samplePercent, 10);
    }
  }

  /** A user SQL check; {@code {target}} in the SQL is the checked table. */
  public record CustomCheck(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "sql", required = true) String sql,
      @JsonProperty("threshold") Long threshold,
      @JsonProperty("severity") @Nullable String severity) {
    public CustomCheck {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sql, "sql");
      threshold = Values.or(threshold, 0L);
    }
  }

  /** Where failing rows go: {@code split} (default), {@code tag} or {@code drop}. */
  public record Quarantine(
      @JsonProperty("enabled") Boolean enabled,
      @JsonProperty("mode") String mode,
      @JsonProperty("suffix_valid") String suffixValid,
      @JsonProperty("suffix_quarantine") String suffixQuarantine) {
    public Quarantine {
      enabled = Values.or(enabled, false);
      mode = Values.or(mode, "split");
      suffixValid = Values.or(suffixValid, "__valid");
      suffixQuarantine = Values.or(suffixQuarantine, "__quarantine");
    }
  }

  /** Rows present in more than one source, by {@code keys} or a {@code key_expr}. */
  public record CrossSourceOverlap(
      @JsonProperty("keys") List<String> keys,
      @JsonProperty("key_expr") @Nullable String keyExpr,
      @JsonProperty("severity") @Nullable String severity,
      @JsonProperty("max_overlap_rows") Long maxOverlapRows,
      @JsonProperty("sample") Integer sample) {
    public CrossSourceOverlap {
      keys = Values.list(keys);
      maxOverlapRows = Values.or(maxOverlapRows, 0L);
      sample = Values.or(sample, 20);
    }
  }
}
