package dev.rocky.testkit.emulator.snowflake;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * A logged-in session: its token, its own DuckDB connection (so a transaction belongs to the
 * session), its autocommit mode and current database and schema. Statements of one session run
 * one at a time, as on Snowflake.
 */
final class EmulatedSession {
  final String token;
  final String user;
  final String authenticator;
  final Connection connection;
  final ReentrantLock lock = new ReentrantLock();
  volatile boolean autocommit = true;
  volatile @Nullable String queryTag;
  volatile String database;
  volatile String schema;

  EmulatedSession(String token, String user, String authenticator, Connection connection, String database, String schema)
      throws SQLException {
    this.token = token;
    this.user = user;
    this.authenticator = authenticator;
    this.connection = connection;
    this.database = database;
    this.schema = schema;
    try (Statement s = connection.createStatement()) {
      s.execute("SET TimeZone = 'UTC'");
      s.execute("SET ieee_floating_point_ops = false");
      s.execute("CREATE SCHEMA IF NOT EXISTS " + database + ".\"" + schema + "\"");
      s.execute("USE " + database + ".\"" + schema + "\"");
    }
  }

  void setAutocommit(boolean on) throws SQLException {
    if (on != autocommit) {
      if (on && !connection.getAutoCommit()) {
        connection.commit();
      }
      connection.setAutoCommit(on);
      autocommit = on;
    }
  }

  void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // In-memory.
    }
  }
}
