package dev.rocky.testkit.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A query planned by the emulator's DuckDB ({@code EXPLAIN (FORMAT JSON)}), for the emulators to
 * answer their vendor's {@code EXPLAIN} with: the rows the query returns and, per table scan, the
 * table and the rows it reads. Bytes are synthetic: {@link #BYTES_PER_ROW} per row read.
 */
public final class EmulatedExplain {
  /** The bytes a row read counts for in an emulated estimate. */
  public static final long BYTES_PER_ROW = 64;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One table scan. */
  public record Scan(String table, long rows) {}

  /** The plan's estimates: rows returned (null when DuckDB gives none) and the scans. */
  public record Plan(@Nullable Long rows, List<Scan> scans) {}

  private EmulatedExplain() {}

  /** Plans {@code query} (already translated to DuckDB) without running it. */
  public static Plan plan(Connection c, String query) throws SQLException {
    String text = null;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN (FORMAT JSON) " + query)) {
      while (rs.next()) {
        if ("physical_plan".equals(rs.getString(1))) {
          text = rs.getString(2);
        }
      }
    }
    JsonNode root;
    try {
      JsonNode tree = JSON.readTree(text == null ? "[]" : text);
      root = tree.isArray() ? tree.path(0) : tree;
    } catch (IOException e) {
      throw new SQLException("unreadable plan: " + e.getMessage(), e);
    }
    List<Scan> scans = new ArrayList<>();
    collect(root, scans);
    return new Plan(cardinality(root), scans);
  }

  private static void collect(JsonNode node, List<Scan> scans) {
    if (node.path("name").asText().endsWith("_SCAN") && node.path("children").isEmpty()) {
      Long rows = cardinality(node);
      scans.add(new Scan(node.path("extra_info").path("Table").asText("?"), rows == null ? 0 : rows));
    }
    node.path("children").forEach(child -> collect(child, scans));
  }

  private static @Nullable Long cardinality(JsonNode node) {
    JsonNode c = node.path("extra_info").path("Estimated Cardinality");
    try {
      return c.isMissingNode() ? null : Long.parseLong(c.asText().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
