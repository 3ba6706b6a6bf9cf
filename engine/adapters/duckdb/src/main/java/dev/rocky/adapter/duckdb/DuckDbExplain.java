package dev.rocky.adapter.duckdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rocky.core.port.QueryEstimate;
import org.jspecify.annotations.Nullable;

/**
 * DuckDB's {@code EXPLAIN (FORMAT JSON)}: a tree of operators, each with an {@code Estimated
 * Cardinality} in its {@code extra_info}. The root's is the rows the query returns; the scans' added
 * up are the rows it reads. DuckDB estimates no bytes.
 */
final class DuckDbExplain {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DuckDbExplain() {}

  /** The statement that explains {@code query}. */
  static String sql(String query) {
    return "EXPLAIN (FORMAT JSON) " + query;
  }

  /** The estimate in the {@code explain_value} column of the physical plan. */
  static QueryEstimate parse(String plan) {
    JsonNode roots;
    try {
      roots = JSON.readTree(plan);
    } catch (JsonProcessingException e) {
      return new QueryEstimate(null, null, null);
    }
    JsonNode root = roots.isArray() ? roots.path(0) : roots;
    Long rows = cardinality(root);
    long[] scanned = {0};
    boolean[] known = {false};
    scans(root, scanned, known);
    return new QueryEstimate(rows, known[0] ? scanned[0] : null, null);
  }

  private static void scans(JsonNode node, long[] sum, boolean[] known) {
    if (node.path("name").asText().endsWith("_SCAN") && node.path("children").isEmpty()) {
      Long c = cardinality(node);
      if (c != null) {
        sum[0] += c;
        known[0] = true;
      }
    }
    node.path("children").forEach(child -> scans(child, sum, known));
  }

  private static @Nullable Long cardinality(JsonNode node) {
    JsonNode c = node.path("extra_info").path("Estimated Cardinality");
    if (c.isMissingNode() || c.isNull()) {
      return null;
    }
    try {
      return Long.parseLong(c.asText().strip().replace("~", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
