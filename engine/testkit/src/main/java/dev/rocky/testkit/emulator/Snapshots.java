package dev.rocky.testkit.emulator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Table history (Delta versions, Snowflake Time Travel), emulated: after every write the table's rows
 * are copied into the emulator's own catalog as the next version, with the time and the operation of
 * the write. {@code VERSION AS OF}, {@code TIMESTAMP AS OF} and {@code AT(TIMESTAMP => ...)} read
 * those copies. Each copy lives in a schema of its own under the table's own name, so a query that
 * qualifies columns with the table name reads the copy unchanged.
 */
public final class Snapshots {
  /** One version of a table, copied into {@code emu."<schema>"."<table>"}. */
  public record Version(String key, long version, Instant at, String operation, String schema) {
    /** The copy as a FROM item. */
    public String reference() {
      return "emu.\"" + schema + "\"." + TableNames.quoted(TableNames.lastPart(key));
    }
  }

  private final List<Version> versions = new ArrayList<>();
  private final AtomicInteger copies = new AtomicInteger();

  /**
   * Records the current rows of {@code key} as its next version ({@code fresh}: a new table, history
   * restarts at version 0). {@code operation} names the write as Delta's history does (WRITE, MERGE, ...).
   */
  public void record(Connection c, String key, boolean fresh, String operation) throws SQLException {
    String schema = "v" + copies.incrementAndGet();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA emu.\"" + schema + "\"");
      s.execute("CREATE TABLE emu.\"" + schema + "\"." + TableNames.quoted(TableNames.lastPart(key)) + " AS SELECT * FROM "
          + TableNames.quoted(key));
    }
    synchronized (versions) {
      if (fresh) {
        versions.removeIf(v -> v.key().equals(key));
      }
      long next = versions.stream().filter(v -> v.key().equals(key)).count();
      versions.add(new Version(key, next, Instant.now(), operation, schema));
    }
  }

  public Optional<Version> atVersion(String key, long version) {
    synchronized (versions) {
      return versions.stream().filter(v -> v.key().equals(key) && v.version() == version).findFirst();
    }
  }

  public Optional<Version> asOf(String key, Instant instant) {
    synchronized (versions) {
      return versions.stream().filter(v -> v.key().equals(key) && !v.at().isAfter(instant)).reduce((a, b) -> b);
    }
  }

  /** The table's latest version, if it was ever written through the emulator. */
  public Optional<Version> latest(String key) {
    synchronized (versions) {
      return versions.stream().filter(v -> v.key().equals(key)).reduce((a, b) -> b);
    }
  }

  /** Every version of the table, oldest first. */
  public List<Version> history(String key) {
    synchronized (versions) {
      return versions.stream().filter(v -> v.key().equals(key)).toList();
    }
  }

  /** Delta's name of the operation a statement performs. */
  public static String operation(String sql) {
    if (sql.toUpperCase(java.util.Locale.ROOT).matches("(?s).*\\sCLONE\\s.*")) {
      return "CLONE";
    }
    String[] words = sql.strip().toUpperCase(java.util.Locale.ROOT).split("\\s+", 5);
    return switch (words[0]) {
      case "INSERT" -> "WRITE";
      case "MERGE" -> "MERGE";
      case "DELETE" -> "DELETE";
      case "UPDATE" -> "UPDATE";
      default -> {
        String create = words.length > 2 && words[1].equals("OR") ? "CREATE OR REPLACE TABLE" : "CREATE TABLE";
        yield sql.toUpperCase(java.util.Locale.ROOT).matches("(?s).*\\sAS\\s.*") ? create + " AS SELECT" : create;
      }
    };
  }
}
