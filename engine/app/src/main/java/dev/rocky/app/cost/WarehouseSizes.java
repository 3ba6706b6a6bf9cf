package dev.rocky.app.cost;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a warehouse of a given size burns per hour: DBUs for a Databricks SQL warehouse, credits for
 * a Snowflake warehouse. Sizes are matched without case, spaces, hyphens or underscores
 * ({@code X-Small}, {@code xsmall}, {@code x_small}); {@code 2X-Large} is also {@code XX-Large}.
 */
final class WarehouseSizes {
  private WarehouseSizes() {}

  private static final Map<String, Double> DBU_PER_HOUR = Map.of(
      "2xsmall", 4.0, "xsmall", 6.0, "small", 12.0, "medium", 24.0, "large", 40.0,
      "xlarge", 80.0, "2xlarge", 144.0, "3xlarge", 272.0, "4xlarge", 528.0);

  private static final Map<String, Double> CREDITS_PER_HOUR = Map.of(
      "xsmall", 1.0, "small", 2.0, "medium", 4.0, "large", 8.0, "xlarge", 16.0,
      "2xlarge", 32.0, "3xlarge", 64.0, "4xlarge", 128.0, "5xlarge", 256.0, "6xlarge", 512.0);

  /** DBU per hour of a Databricks SQL warehouse size, or null for a size it does not have. */
  static @Nullable Double dbuPerHour(String size) {
    return DBU_PER_HOUR.get(normalize(size));
  }

  /** Credits per hour of a Snowflake (standard) warehouse size, or null for a size it does not have. */
  static @Nullable Double creditsPerHour(String size) {
    return CREDITS_PER_HOUR.get(normalize(size));
  }

  static String normalize(String size) {
    String s = size.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    if (s.startsWith("xxx")) {
      s = "3x" + s.substring(3);
    } else if (s.startsWith("xx")) {
      s = "2x" + s.substring(2);
    }
    return s;
  }
}
