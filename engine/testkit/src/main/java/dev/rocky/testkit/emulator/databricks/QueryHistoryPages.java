package dev.rocky.testkit.emulator.databricks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/2.0/sql/history/queries}: the statement log as QueryInfo objects, newest first,
 * filtered by start time and warehouse, paged by {@code max_results} with an opaque page token.
 * Durations and bytes read come from the emulator's cost model, so cost attribution has figures.
 */
final class QueryHistoryPages {
  private QueryHistoryPages() {}

  static ObjectNode page(DatabricksEmulator emulator, Request r) {
    String token = param(r, "page_token");
    int offset = token == null ? 0 : Integer.parseInt(token.substring("page-".length()));
    long since = token == null ? longParam(r, "filter_by.query_start_time_range.start_time_ms", 0) : 0;
    String warehouse = param(r, "filter_by.warehouse_ids");
    int max = (int) longParam(r, "max_results", 100);
    List<EmulatedStatement> matching = emulator.warehouse().log().stream()
        .filter(s -> s.submitted.toEpochMilli() >= since)
        .filter(s -> warehouse == null || warehouse.equals(emulator.warehouseId()))
        .sorted((a, b) -> b.submitted.compareTo(a.submitted))
        .toList();
    ObjectNode out = Json.object();
    ArrayNode res = out.putArray("res");
    for (EmulatedStatement s : matching.subList(Math.min(offset, matching.size()), Math.min(offset + max, matching.size()))) {
      res.add(info(emulator, s));
    }
    boolean more = offset + max < matching.size();
    out.put("has_next_page", more);
    if (more) {
      out.put("next_page_token", "page-" + (offset + max));
    }
    return out;
  }

  private static ObjectNode info(DatabricksEmulator emulator, EmulatedStatement s) {
    String state = s.state();
    ObjectNode q = Json.object().put("query_id", s.id).put("query_text", s.sql)
        .put("status", switch (state) {
          case "SUCCEEDED" -> "FINISHED";
          case "FAILED" -> "FAILED";
          case "CANCELED" -> "CANCELED";
          default -> "RUNNING";
        })
        .put("query_start_time_ms", s.submitted.toEpochMilli())
        .put("warehouse_id", emulator.warehouseId()).put("endpoint_id", emulator.warehouseId())
        .put("user_name", "rocky@example.com")
        .put("statement_type", s.sql.strip().split("\\s+")[0].toUpperCase(Locale.ROOT));
    Long measured = durationMillis(s);
    if (measured != null) {
      long duration = measured + emulator.extraMillisPerStatement();
      q.put("duration", duration).put("query_end_time_ms", s.submitted.toEpochMilli() + duration)
          .put("execution_end_time_ms", s.submitted.toEpochMilli() + duration);
      q.putObject("metrics").put("total_time_ms", duration).put("execution_time_ms", duration)
          .put("read_bytes", 1024L * (1 + s.sql.length())).put("rows_produced_count", 0);
    }
    ArrayNode tags = q.putArray("query_tags");
    s.tags.forEach((k, v) -> tags.addObject().put("key", k).put("value", v));
    return q;
  }

  /** How long the statement ran on the emulator (at least 1 ms), or null while it runs. */
  static @Nullable Long durationMillis(EmulatedStatement s) {
    Instant ended = s.ended();
    return ended == null ? null : Math.max(1, Duration.between(s.submitted, ended).toMillis());
  }

  private static String param(Request r, String name) {
    QueryParameter p = r.queryParameter(name);
    return p != null && p.isPresent() ? p.firstValue() : null;
  }

  private static long longParam(Request r, String name, long fallback) {
    String v = param(r, name);
    return v == null ? fallback : Long.parseLong(v);
  }
}
