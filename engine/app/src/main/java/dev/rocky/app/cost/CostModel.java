package dev.rocky.app.cost;

import dev.rocky.core.config.CostSections.Cost;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a warehouse turns usage into dollars, configured by {@code [cost]}. Every model gives null,
 * never 0, when it lacks what it needs (a warehouse size it does not know, an adapter it cannot
 * price).
 */
public sealed interface CostModel {

  /** The adapter type this prices, as in {@code [adapter] type}: {@code duckdb}, {@code databricks}, ... */
  String adapterType();

  /** What the usage cost in USD, or null when it cannot be priced. */
  @Nullable Double costUsd(WarehouseUsage usage);

  /** The model for an adapter type, priced by the project's {@code [cost]}. */
  static CostModel of(String adapterType, Cost cost) {
    return switch (adapterType.toLowerCase(Locale.ROOT)) {
      case "databricks" -> new Databricks(cost.warehouseSize(), WarehouseSizes.dbuPerHour(cost.warehouseSize()),
          cost.computeCostPerDbu());
      case "snowflake" -> new Snowflake(cost.warehouseSize(), WarehouseSizes.creditsPerHour(cost.warehouseSize()),
          cost.computeCostPerCredit());
      case "duckdb" -> new DuckDb(cost.duckdbCostPerSecond());
      default -> new Unpriced(adapterType);
    };
  }

  /** A Databricks SQL warehouse: duration (hours) x DBU per hour of its size x USD per DBU. */
  record Databricks(String warehouseSize, @Nullable Double dbuPerHour, double usdPerDbu) implements CostModel {
    @Override
    public String adapterType() {
      return "databricks";
    }

    @Override
    public @Nullable Double costUsd(WarehouseUsage usage) {
      return dbuPerHour == null ? null : hours(usage.durationMs()) * dbuPerHour * usdPerDbu;
    }
  }

  /**
   * A Snowflake warehouse: the credits Snowflake attributed to the queries x USD per credit when it
   * reports them ({@code QUERY_ATTRIBUTION_HISTORY}), else duration (hours) x credits per hour of the
   * warehouse size x USD per credit.
   */
  record Snowflake(String warehouseSize, @Nullable Double creditsPerHour, double usdPerCredit) implements CostModel {
    @Override
    public String adapterType() {
      return "snowflake";
    }

    @Override
    public @Nullable Double costUsd(WarehouseUsage usage) {
      if (usage.credits() != null) {
        return usage.credits() * usdPerCredit;
      }
      return creditsPerHour == null ? null : hours(usage.durationMs()) * creditsPerHour * usdPerCredit;
    }
  }

  /** DuckDB: compute seconds x the configured rate, 0 USD per second unless one is set. */
  record DuckDb(double usdPerSecond) implements CostModel {
    @Override
    public String adapterType() {
      return "duckdb";
    }

    @Override
    public Double costUsd(WarehouseUsage usage) {
      return usage.durationMs() / 1000.0 * usdPerSecond;
    }
  }

  /** A warehouse without a cost model: every cost is unknown. */
  record Unpriced(String adapterType) implements CostModel {
    public Unpriced {
      Objects.requireNonNull(adapterType, "adapterType");
    }

    @Override
    public @Nullable Double costUsd(WarehouseUsage usage) {
      return null;
    }
  }

  private static double hours(long ms) {
    return ms / 3_600_000.0;
  }
}
