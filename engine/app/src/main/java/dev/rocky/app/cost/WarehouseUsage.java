package dev.rocky.app.cost;

import org.jspecify.annotations.Nullable;

/**
 * What one model's statements used on the warehouse, all of them together (every statement of a
 * materialization, every attempt).
 *
 * @param durationMs how long they ran
 * @param bytesScanned bytes read, when the warehouse reported them
 * @param credits Snowflake credits attributed to the statements' queries, when the account reports them
 */
public record WarehouseUsage(long durationMs, @Nullable Long bytesScanned, @Nullable Double credits) {
  public WarehouseUsage {
    if (durationMs < 0 || (bytesScanned != null && bytesScanned < 0) || (credits != null && credits < 0)) {
      throw new IllegalArgumentException("usage is never negative");
    }
  }

  public static WarehouseUsage of(long durationMs) {
    return new WarehouseUsage(durationMs, null, null);
  }
}
