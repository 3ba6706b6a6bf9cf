package dev.rocky.app.cost;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * What the warehouse's own query history says each query used (its duration as the warehouse billed
 * it, and bytes read where it reports them), by query id. A query the history does not hold is
 * absent from the answer; a warehouse without a history, or one that cannot be read now, answers
 * nothing, and costs come from the durations the run measured.
 */
@FunctionalInterface
public interface QueryUsage {

  /** The usage of the queries among {@code queryIds} that started at or after {@code since}. */
  Map<String, WarehouseUsage> usage(Instant since, Collection<String> queryIds);

  /** Knows no query. */
  QueryUsage NONE = (since, ids) -> Map.of();
}
