package dev.rocky.adapter.snowflake;

import dev.rocky.core.port.QueryEstimate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snowflake's {@code EXPLAIN USING JSON}: {@code GlobalStats.bytesAssigned} is what the query is
 * expected to scan once pruned. Snowflake estimates no rows.
 */
final class SnowflakeExplain {
  private static final Pattern BYTES = Pattern.compile(
      "\"GlobalStats\"\\s*:\\s*\\{[^}]*\"bytesAssigned\"\\s*:\\s*(\\d+)");

  private SnowflakeExplain() {}

  static String sql(String query) {
    return "EXPLAIN USING JSON " + query;
  }

  static QueryEstimate parse(String json) {
    Matcher m = BYTES.matcher(json);
    return new QueryEstimate(null, null, m.find() ? Long.parseLong(m.group(1)) : null);
  }
}
