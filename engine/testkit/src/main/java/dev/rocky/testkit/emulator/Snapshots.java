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
 * Table history (Delta versions, Snowflake Time Travel), emulated: after every write the table's rows are copied into the
 * emulator's own catalog as the next version, with the time of the write. {@code VERSION AS OF}
 * and {@code TIMESTAMP AS OF} read those copies.
 */
public final class Snapshots {
  /** One version of a table, copied into {@code emu.main."<copy>"}. */
  public record Version(String key, long version, Instant at, String copy) {}

  private final List<Version> versions = new ArrayList<>();
  private final AtomicInteger copies = new AtomicInteger();

  /** Records the current rows of {@code key} as its next version ({@code fresh}: a new table, history restarts). */
  public void record(Connection c, String key, boolean fresh) throws SQLException {
    String copy = "v" + copies.incrementAndGet();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE emu.main.\"" + copy + "\" AS SELECT * FROM " + TableNames.quoted(key));
    }
    synchronized (versions) {
      if (fresh) {
        versions.removeIf(v -> v.key().equals(key));
      }
      long next = versions.stream().filter(v -> v.key().equals(key)).count();
      versions.add(new Version(key, next, Instant.now(), copy));
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
}
