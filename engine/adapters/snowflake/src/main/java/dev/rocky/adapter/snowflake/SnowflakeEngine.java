package dev.rocky.adapter.snowflake;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.snowflake.client.api.exception.SnowflakeSQLException;
import net.snowflake.client.api.statement.SnowflakeStatement;
import org.jspecify.annotations.Nullable;

/**
 * What every view of one {@link SnowflakeAdapter} shares: the sessions, the statements running on
 * them (for cancellation), the retry policy and the error wording. Runs work on a borrowed session
 * and turns {@link SQLException}s into classified errors.
 */
final class SnowflakeEngine implements AutoCloseable {
  final SnowflakeConfig config;
  final SnowflakeErrors errors;
  final TransientRetry retry;
  private final SnowflakeSessions sessions;
  private final Set<Statement> running = ConcurrentHashMap.newKeySet();
  volatile boolean closed;

  SnowflakeEngine(SnowflakeConfig config, ConnectionSource source, TransientRetry retry) {
    this.config = config;
    this.errors = new SnowflakeErrors(config.secrets());
    this.retry = retry;
    this.sessions = new SnowflakeSessions(source, config.maxSessions());
  }

  /** Work on a session that may throw {@link SQLException}. */
  @FunctionalInterface
  interface SessionWork<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} on a session. Opening the session is retried when it fails transiently; the
   * work itself only when {@code repeatable}.
   */
  <T> T onSession(SnowflakeErrors.Context context, boolean repeatable, SessionWork<T> work) {
    if (closed) {
      throw errors.closed(context);
    }
    try {
      return repeatable ? retry.run(() -> attempt(context, work)) : attempt(context, work);
    } catch (InterruptedException e) {
      throw errors.interrupted(context);
    }
  }

  private <T> T attempt(SnowflakeErrors.Context context, SessionWork<T> work) {
    Connection c;
    try {
      c = retry.run(() -> borrow(context));
    } catch (InterruptedException e) {
      throw errors.interrupted(context);
    }
    boolean broken = false;
    try {
      return work.run(c);
    } catch (SQLException e) {
      broken = broken(e);
      throw errors.classify(context, e, e instanceof SnowflakeSQLException s ? s.getQueryId() : null);
    } finally {
      sessions.giveBack(c, broken);
    }
  }

  private Connection borrow(SnowflakeErrors.Context context) {
    try {
      return sessions.borrow();
    } catch (SQLException e) {
      throw errors.classify(context, e, null);
    } catch (InterruptedException e) {
      throw errors.interrupted(context);
    }
  }

  /** A statement for {@code model}'s work: tagged, with the statement timeout, cancellable. */
  Statement statement(Connection c, @Nullable String model) throws SQLException {
    Statement s = c.createStatement();
    prepare(s, model);
    return s;
  }

  void prepare(Statement s, @Nullable String model) throws SQLException {
    if (!config.queryTimeout().isZero()) {
      s.setQueryTimeout((int) Math.max(1, config.queryTimeout().toSeconds()));
    }
    if (model != null && s.isWrapperFor(SnowflakeStatement.class)) {
      s.unwrap(SnowflakeStatement.class).setParameter("QUERY_TAG", SnowflakeSql.queryTag(model));
    }
    running.add(s);
  }

  void done(Statement s) {
    running.remove(s);
  }

  static @Nullable String queryId(Statement s) throws SQLException {
    return s.isWrapperFor(SnowflakeStatement.class) ? s.unwrap(SnowflakeStatement.class).getQueryID() : null;
  }

  void cancelAll() {
    for (Statement s : List.copyOf(running)) {
      try {
        s.cancel();
      } catch (SQLException e) {
        // It finished meanwhile.
      }
    }
  }

  int openSessions() {
    return sessions.openSessions();
  }

  private static boolean broken(SQLException e) {
    String state = e.getSQLState();
    return (state != null && state.startsWith("08")) || e.getErrorCode() == 390112 || e.getErrorCode() == 390114;
  }

  @Override
  public void close() {
    closed = true;
    cancelAll();
    sessions.close();
  }

}
