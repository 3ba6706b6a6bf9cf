package dev.rocky.adapter.databricks;

import dev.rocky.core.port.QueryEstimate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Databricks' {@code EXPLAIN COST}: the optimized logical plan, one operator per line, each with its
 * {@code Statistics(sizeInBytes=..., rowCount=...)}. The first operator's row count is what the query
 * returns; the relations' (the leaves that read tables) added up are what it reads. A size Spark
 * does not know it prints as its default of 8 EiB: that is unknown here.
 */
final class DatabricksExplain {
  private static final Pattern STATS = Pattern.compile(
      "Statistics\\(sizeInBytes=([0-9.Ee+]+)\\s*([KMGTPE]i)?B(?:,\\s*rowCount=([0-9.Ee+]+))?");
  /** Spark's size when it has no statistics: Long.MAX_VALUE bytes, printed as 8.0 EiB. */
  private static final double UNKNOWN_SIZE = 1L << 62;

  private DatabricksExplain() {}

  static String sql(String query) {
    return "EXPLAIN COST " + query;
  }

  static QueryEstimate parse(String plan) {
    int optimized = plan.indexOf("== Optimized Logical Plan ==");
    String text = optimized < 0 ? plan : plan.substring(optimized);
    int physical = text.indexOf("== Physical Plan ==");
    if (physical > 0) {
      text = text.substring(0, physical);
    }
    Long rows = null;
    boolean first = true;
    Long bytes = 0L;
    Long scanned = 0L;
    boolean anyRelation = false;
    for (String line : text.split("\n")) {
      Matcher m = STATS.matcher(line);
      if (!m.find()) {
        continue;
      }
      Double size = size(m.group(1), m.group(2));
      Long count = m.group(3) == null ? null : (long) Double.parseDouble(m.group(3));
      if (first) {
        rows = count;
        first = false;
      }
      if (line.contains("Relation")) {
        anyRelation = true;
        bytes = bytes == null || size == null ? null : bytes + size.longValue();
        scanned = scanned == null || count == null ? null : scanned + count;
      }
    }
    return anyRelation ? new QueryEstimate(rows, scanned, bytes) : new QueryEstimate(rows, null, null);
  }

  private static @Nullable Double size(String number, @Nullable String unit) {
    double n = Double.parseDouble(number);
    int power = unit == null ? 0 : "KMGTPE".indexOf(unit.toUpperCase(Locale.ROOT).charAt(0)) + 1;
    double bytes = n * Math.pow(1024, power);
    return bytes >= UNKNOWN_SIZE ? null : bytes;
  }
}
