package dev.rocky.app.cost;

import java.util.Collection;
import java.util.Map;

/**
 * The warehouse credits attributed to queries, by query id, where the warehouse reports them
 * (Snowflake's {@code QUERY_ATTRIBUTION_HISTORY}, see {@link SnowflakeAttributedCredits}). A query
 * the source does not know is absent from the answer; a source that cannot answer returns nothing.
 */
@FunctionalInterface
public interface CreditSource {

  Map<String, Double> credits(Collection<String> queryIds);

  /** Knows no query: costs come from durations. */
  CreditSource NONE = ids -> Map.of();
}
