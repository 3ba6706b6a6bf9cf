package dev.rocky.adapter.databricks;

import com.databricks.sdk.service.sql.ListQueriesResponse;
import com.databricks.sdk.service.sql.ListQueryHistoryRequest;
import com.databricks.sdk.service.sql.QueryFilter;
import com.databricks.sdk.service.sql.QueryInfo;
import com.databricks.sdk.service.sql.TimeRange;
import dev.rocky.core.port.QueryHistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The warehouse's query history ({@code GET /api/2.0/sql/history/queries}), page by page, turned
 * into {@link QueryHistoryEntry}s for cost attribution. A statement's query id is its statement id.
 * Queries still running (no duration yet) are left out.
 */
final class DatabricksHistory {
  static final long PAGE_SIZE = 1000;

  private DatabricksHistory() {}

  static ListQueryHistoryRequest firstPage(String warehouseId, Instant since) {
    return new ListQueryHistoryRequest().setIncludeMetrics(true).setMaxResults(PAGE_SIZE)
        .setFilterBy(new QueryFilter().setWarehouseIds(List.of(warehouseId))
            .setQueryStartTimeRange(new TimeRange().setStartTimeMs(since.toEpochMilli())));
  }

  /** The request for the page after {@code page}, or null when it was the last. */
  static @Nullable ListQueryHistoryRequest nextPage(ListQueryHistoryRequest previous, ListQueriesResponse page) {
    String token = page.getNextPageToken();
    if (token == null || token.isEmpty() || Boolean.FALSE.equals(page.getHasNextPage())) {
      return null;
    }
    // The API takes no filter together with a page token.
    return new ListQueryHistoryRequest().setIncludeMetrics(previous.getIncludeMetrics())
        .setMaxResults(previous.getMaxResults()).setPageToken(token);
  }

  static List<QueryHistoryEntry> entries(ListQueriesResponse page) {
    List<QueryHistoryEntry> out = new ArrayList<>();
    if (page.getRes() == null) {
      return out;
    }
    for (QueryInfo q : page.getRes()) {
      if (q.getQueryId() == null || q.getQueryStartTimeMs() == null || q.getDuration() == null) {
        continue;
      }
      Long read = q.getMetrics() == null ? null : q.getMetrics().getReadBytes();
      out.add(new QueryHistoryEntry(q.getQueryId(), q.getQueryText() == null ? "" : q.getQueryText(),
          Instant.ofEpochMilli(q.getQueryStartTimeMs()), Duration.ofMillis(Math.max(0, q.getDuration())), read));
    }
    return out;
  }
}
