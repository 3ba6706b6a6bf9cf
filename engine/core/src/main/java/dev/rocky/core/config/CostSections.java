package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The cost-related sections of {@code rocky.toml}: {@code [cost]}, {@code [budget]} and {@code [portability]}. */
public final class CostSections {
  private CostSections() {}

  /**
   * {@code [cost]}: the pricing each warehouse's cost model uses. {@code warehouse_size} names a
   * Databricks SQL warehouse size (DBU per hour) or a Snowflake warehouse size (credits per hour).
   * Beyond Rocky: {@code compute_cost_per_credit} (Snowflake, USD per credit; Enterprise edition's
   * on-demand price by default) and {@code duckdb_cost_per_second} (USD per compute second; DuckDB
   * is free unless a rate is set).
   */
  public record Cost(
      @JsonProperty("storage_cost_per_gb_month") Double storageCostPerGbMonth,
      @JsonProperty("compute_cost_per_dbu") Double computeCostPerDbu,
      @JsonProperty("warehouse_size") String warehouseSize,
      @JsonProperty("min_history_runs") Integer minHistoryRuns,
      @JsonProperty("compute_cost_per_credit") Double computeCostPerCredit,
      @JsonProperty("duckdb_cost_per_second") Double duckdbCostPerSecond) {
    public Cost {
      storageCostPerGbMonth = Values.or(storageCostPerGbMonth, 0.023);
      computeCostPerDbu = Values.or(computeCostPerDbu, 0.40);
      warehouseSize = Values.or(warehouseSize, "Medium");
      minHistoryRuns = Values.or(minHistoryRuns, 5);
      computeCostPerCredit = Values.or(computeCostPerCredit, 3.00);
      duckdbCostPerSecond = Values.or(duckdbCostPerSecond, 0.0);
    }

    public static Cost defaults() {
      return new Cost(null, null, null, null, null, null);
    }
  }

  /**
   * {@code [budget]} (also a model sidecar's {@code [budget]}): limits per run; a breach warns
   * (default) or fails.
   */
  public record Budget(
      @JsonProperty("max_usd") @Nullable Double maxUsd,
      @JsonProperty("max_duration_ms") @Nullable Long maxDurationMs,
      @JsonProperty("max_bytes_scanned") @Nullable Long maxBytesScanned,
      @JsonProperty("on_breach") OnBreach onBreach) {
    public Budget {
      onBreach = Values.or(onBreach, OnBreach.WARN);
    }

    public static Budget defaults() {
      return new Budget(null, null, null, null);
    }
  }

  public enum OnBreach {
    @JsonProperty("warn")
    WARN,
    @JsonProperty("error")
    ERROR
  }

  /** {@code [portability]}: the dialect P001 checks against (null: no check) and allowed constructs. */
  public record Portability(
      @JsonProperty("target_dialect") @Nullable TargetDialect targetDialect,
      @JsonProperty("allow") List<String> allow) {
    public Portability {
      allow = Values.list(allow);
    }

    public static Portability defaults() {
      return new Portability(null, null);
    }
  }

  public enum TargetDialect {
    @JsonProperty("databricks")
    DATABRICKS,
    @JsonProperty("snowflake")
    SNOWFLAKE,
    @JsonProperty("bigquery")
    BIGQUERY,
    @JsonProperty("duckdb")
    DUCKDB
  }
}
