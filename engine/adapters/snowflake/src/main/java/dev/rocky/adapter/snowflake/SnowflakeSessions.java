package dev.rocky.adapter.snowflake;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * A small pool of Snowflake sessions: at most {@code max} open, each used by one thread at a time
 * (a transaction and a query tag belong to one session), opened on demand and kept for reuse. A
 * session that broke is closed instead of being reused.
 */
final class SnowflakeSessions implements AutoCloseable {
  private final ConnectionSource source;
  private final Semaphore permits;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  SnowflakeSessions(ConnectionSource source, int max) {
    this.source = source;
    this.permits = new Semaphore(max, true);
  }

  Connection borrow() throws SQLException, InterruptedException {
    permits.acquire();
    try {
      Connection c;
      synchronized (idle) {
        c = idle.pollFirst();
      }
      if (c == null || c.isClosed()) {
        c = source.open();
        open.add(c);
      }
      return c;
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  void giveBack(Connection c, boolean broken) {
    try {
      if (broken || closed) {
        open.remove(c);
        closeQuietly(c);
      } else {
        synchronized (idle) {
          idle.addFirst(c);
        }
      }
    } finally {
      permits.release();
    }
  }

  int openSessions() {
    return open.size();
  }

  @Override
  public void close() {
    closed = true;
    for (Connection c : List.copyOf(open)) {
      closeQuietly(c);
    }
    open.clear();
    synchronized (idle) {
      idle.clear();
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // The session is gone either way.
    }
  }
}
