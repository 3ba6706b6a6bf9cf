package dev.rocky.core.port;

import org.jspecify.annotations.Nullable;

/**
 * A warehouse planner's estimate of one query, from its {@code EXPLAIN}: nothing is run. A figure
 * the plan does not give is null, never 0.
 *
 * @param rows the rows the query is expected to return
 * @param rowsScanned the rows it is expected to read from its tables
 * @param bytesScanned the bytes it is expected to read
 */
public record QueryEstimate(@Nullable Long rows, @Nullable Long rowsScanned, @Nullable Long bytesScanned) {
  public QueryEstimate {
    if ((rows != null && rows < 0) || (rowsScanned != null && rowsScanned < 0) || (bytesScanned != null && bytesScanned < 0)) {
      throw new IllegalArgumentException("estimates are never negative");
    }
  }
}
