package dev.rocky.adapter.duckdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import org.duckdb.ProfilerPrintFormat;
import org.jspecify.annotations.Nullable;

/**
 * The bytes a statement scanned and wrote, from DuckDB's query profile of the connection's last
 * statement. Both are logical (uncompressed) sizes as DuckDB's operators count them, so they do not
 * depend on what the buffer cache held or whether the database lives in memory: scanned is what the
 * table scans produced, written is what reached the operators that store rows (CREATE TABLE AS,
 * INSERT, UPDATE, and the insert and update actions of a MERGE). A statement DuckDB keeps no profile
 * for (DDL such as CREATE VIEW) reports neither: null, never 0. Profiling is switched on with output
 * suppressed and only the two metrics read here collected; if that fails the adapter works as before
 * and reports no bytes.
 */
final class DuckDbProfile {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SCANS = Set.of("TABLE_SCAN", "SEQ_SCAN", "INDEX_SCAN");
  private static final Set<String> SINKS =
      Set.of("CREATE_TABLE_AS", "BATCH_CREATE_TABLE_AS", "INSERT", "BATCH_INSERT", "UPDATE");

  /** What one statement moved; each figure null when DuckDB did not profile the statement. */
  record Bytes(@Nullable Long scanned, @Nullable Long written) {
    static final Bytes UNKNOWN = new Bytes(null, null);
  }

  private final @Nullable DuckDBConnection connection;

  private DuckDbProfile(@Nullable DuckDBConnection connection) {
    this.connection = connection;
  }

  /** Switches profiling on for {@code connection}; a profile that cannot be had reports no bytes. */
  static DuckDbProfile enable(Connection connection) {
    try (Statement s = connection.createStatement()) {
      s.execute("SET enable_profiling = 'no_output'");
      s.execute("SET tracked_metrics = ['operator.intermediate_size_bytes', 'operator.type']");
      return new DuckDbProfile(connection.unwrap(DuckDBConnection.class));
    } catch (SQLException | RuntimeException e) {
      return new DuckDbProfile(null);
    }
  }

  /** The bytes of the statement the connection ran last. */
  Bytes last() {
    if (connection == null) {
      return Bytes.UNKNOWN;
    }
    try {
      return of(connection.getProfilingInformation(ProfilerPrintFormat.JSON));
    } catch (SQLException | RuntimeException e) {
      return Bytes.UNKNOWN;
    }
  }

  /** The bytes in a JSON profile; unknown when it has no operator tree. */
  static Bytes of(@Nullable String profile) {
    if (profile == null) {
      return Bytes.UNKNOWN;
    }
    try {
      JsonNode operators = JSON.readTree(profile).path("operator");
      if (!operators.isArray() || operators.isEmpty()) {
        return Bytes.UNKNOWN;
      }
      long[] sums = new long[2];
      operators.forEach(op -> walk(op, sums));
      return new Bytes(sums[0], sums[1]);
    } catch (IOException e) {
      return Bytes.UNKNOWN;
    }
  }

  private static void walk(JsonNode operator, long[] sums) {
    String type = operator.path("type").asText("");
    JsonNode children = operator.path("children");
    if (SCANS.contains(type)) {
      sums[0] += operator.path("intermediate_size_bytes").asLong(0);
    } else if (SINKS.contains(type)) {
      children.forEach(child -> sums[1] += child.path("intermediate_size_bytes").asLong(0));
    }
    children.forEach(child -> walk(child, sums));
  }

  /** Adds two figures of which either may be unknown; unknown only when both are. */
  static @Nullable Long plus(@Nullable Long a, @Nullable Long b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a + b;
  }
}
