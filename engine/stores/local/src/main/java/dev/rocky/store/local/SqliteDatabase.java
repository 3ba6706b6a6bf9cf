package dev.rocky.store.local;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.state.StoreErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite file behind one connection: WAL journal, a busy timeout for other processes' writes,
 * and every unit of work in its own transaction ({@code BEGIN IMMEDIATE} for writes, so two
 * writers queue instead of failing half-way). Threads of this process take turns on the connection.
 */
final class SqliteDatabase implements AutoCloseable {
  /** Work on the connection, inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Path file;
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean closed;

  private SqliteDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  static SqliteDatabase open(Path file, Duration busyTimeout) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute.getParent());
    } catch (IOException e) {
      throw new RockyException(StoreErrorCode.STATE_UNAVAILABLE, "cannot create the directory of the state file " + absolute + ": " + e, e);
    }
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + busyTimeout.toMillis());
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = FULL");
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return new SqliteDatabase(absolute, connection);
    } catch (SQLException e) {
      throw classify(e, "opening", absolute, false);
    }
  }

  Path file() {
    return file;
  }

  /** Runs {@code work} in a write transaction: all of it is committed, or none of it. */
  <T> T write(String doing, Work<T> work) {
    return transaction("BEGIN IMMEDIATE", doing, work, true);
  }

  /** Runs {@code work} in a read transaction, so it sees one consistent state. */
  <T> T read(String doing, Work<T> work) {
    return transaction("BEGIN DEFERRED", doing, work, false);
  }

  private <T> T transaction(String begin, String doing, Work<T> work, boolean writing) {
    lock.lock();
    try {
      if (closed) {
        throw new RockyException(StoreErrorCode.STATE_UNAVAILABLE, "the state store on " + file + " is closed");
      }
      exec(begin);
      try {
        T result = work.run(connection);
        exec("COMMIT");
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(e);
        throw e;
      }
    } catch (SQLException e) {
      throw classify(e, doing, file, writing);
    } finally {
      lock.unlock();
    }
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private void rollback(Throwable failure) {
    try {
      exec("ROLLBACK");
    } catch (SQLException e) {
      // SQLite rolls some failures back by itself; then there is nothing left to roll back.
      if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
        failure.addSuppressed(e);
      }
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        connection.close();
      }
    } catch (SQLException e) {
      throw classify(e, "closing", file, false);
    } finally {
      lock.unlock();
    }
  }

  static RockyException classify(SQLException e, String doing, Path file, boolean writing) {
    String what = doing + " the state file " + file;
    return switch (e.getErrorCode() & 0xff) {
      case 5, 6 -> new RockyException(StoreErrorCode.STATE_BUSY,
          what + " timed out: another process keeps it locked (" + e.getMessage() + ")", e);
      case 11, 26 -> new RockyException(StoreErrorCode.STATE_CORRUPT,
          what + " failed: it is not a readable Rocky state file (" + e.getMessage() + ")", e);
      case 10, 13, 14, 23 -> new RockyException(StoreErrorCode.STATE_UNAVAILABLE, what + " failed: " + e.getMessage(), e);
      default -> new RockyException(writing ? StoreErrorCode.STATE_WRITE_FAILED : StoreErrorCode.STATE_UNAVAILABLE,
          what + " failed; nothing of it was kept: " + e.getMessage(), e);
    };
  }
}
