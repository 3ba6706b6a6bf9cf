package dev.rocky.store.local;

import dev.rocky.core.RockyVersion;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.state.StoreErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The state file's tables, versioned by {@code metadata.schema_version}. A new file gets the
 * current version; an older one is migrated step by step; a newer one is refused.
 */
final class SqliteSchema {
  static final int CURRENT_VERSION = 3;

  private static final List<String> VERSION_1 = List.of(
      "CREATE TABLE watermarks (target_key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      "CREATE TABLE partitions (model_name TEXT NOT NULL, partition_key TEXT NOT NULL, value TEXT NOT NULL,"
          + " PRIMARY KEY (model_name, partition_key))",
      "CREATE TABLE runs (run_id TEXT PRIMARY KEY, started_epoch_second INTEGER NOT NULL,"
          + " started_nano INTEGER NOT NULL, value TEXT NOT NULL)",
      "CREATE INDEX runs_by_start ON runs (started_epoch_second DESC, started_nano DESC, run_id DESC)",
      "CREATE TABLE model_executions (run_id TEXT NOT NULL, model_name TEXT NOT NULL, seq INTEGER NOT NULL,"
          + " value TEXT NOT NULL, PRIMARY KEY (run_id, model_name))",
      "CREATE TABLE idempotency_keys (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      "CREATE TABLE leases (name TEXT PRIMARY KEY, value TEXT NOT NULL)");

  /**
   * Versions 2 and 3. Version 2 was written by two lines of development: one added the check
   * history (row counts of checked tables, for anomaly detection), the other the branches and the
   * promotion audit trail. Version 3 holds all three, so the step to it creates whichever tables a
   * file lacks, whichever flavour of version 2 (or version 1) it comes from.
   */
  private static final List<String> VERSION_3 = List.of(
      "CREATE TABLE IF NOT EXISTS check_history (table_key TEXT NOT NULL, seq INTEGER NOT NULL, value TEXT NOT NULL,"
          + " PRIMARY KEY (table_key, seq))",
      "CREATE TABLE IF NOT EXISTS branches (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS promotions (promotion_id TEXT PRIMARY KEY, promoted_epoch_second INTEGER NOT NULL,"
          + " promoted_nano INTEGER NOT NULL, value TEXT NOT NULL)");

  private SqliteSchema() {}

  /** Refuses a file from a newer Rocky. */
  static void checkNotNewer(int version, Path file) {
    if (version > CURRENT_VERSION) {
      throw new RockyException(StoreErrorCode.STATE_SCHEMA_TOO_NEW, "the state file " + file + " has schema version "
          + version + ", newer than this Rocky (" + RockyVersion.get() + ") understands (" + CURRENT_VERSION
          + "); upgrade Rocky, or move the file aside to start afresh");
    }
  }

  /** Brings the schema to {@link #CURRENT_VERSION}; runs inside the caller's write transaction. */
  static void migrate(Connection c, Path file) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    }
    int version = version(c, file);
    checkNotNewer(version, file);
    if (version == 0) {
      try (Statement s = c.createStatement()) {
        for (String ddl : VERSION_1) {
          s.execute(ddl);
        }
      }
      put(c, "created_by", RockyVersion.get());
    }
    if (version < 3) {
      try (Statement s = c.createStatement()) {
        for (String ddl : VERSION_3) {
          s.execute(ddl);
        }
      }
    }
    // Later versions add a step here: if (version < 4) { ... }
    if (version < CURRENT_VERSION) {
      put(c, "schema_version", Integer.toString(CURRENT_VERSION));
    }
  }

  /**
   * The file's schema version without writing anything (0 for a new file), so that opening a file
   * another process is writing to need not wait for it.
   */
  static int version(Connection c, Path file) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'metadata'");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next() || rs.getInt(1) == 0) {
        return 0;
      }
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM metadata WHERE key = 'schema_version'");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return 0;
      }
      try {
        return Integer.parseInt(rs.getString(1));
      } catch (NumberFormatException e) {
        throw new RockyException(StoreErrorCode.STATE_CORRUPT,
            "the state file " + file + " has an unreadable schema version: " + rs.getString(1), e);
      }
    }
  }

  private static void put(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO metadata (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }
}
