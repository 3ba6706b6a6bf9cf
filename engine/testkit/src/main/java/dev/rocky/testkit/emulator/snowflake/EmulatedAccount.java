package dev.rocky.testkit.emulator.snowflake;

import dev.rocky.testkit.emulator.Snapshots;
import dev.rocky.testkit.emulator.EmulatedExplain;
import dev.rocky.testkit.emulator.Governance;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The account behind the emulated endpoints: an in-memory DuckDB whose catalog {@code rocky} is
 * the database, sessions with their own connections, queries run asynchronously (so a long one can
 * be polled and aborted), and the log the query history is served from.
 */
final class EmulatedAccount implements AutoCloseable {
  static final String DATABASE = "rocky";

  private final DuckDBConnection root;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "emulated-snowflake");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, EmulatedSession> sessions = new ConcurrentHashMap<>();
  private final Map<String, EmulatedQuery> queries = new ConcurrentHashMap<>();
  private final List<EmulatedQuery> log = new CopyOnWriteArrayList<>();
  private final Snapshots snapshots = new Snapshots();
  private final Governance governance = new Governance();
  private final SnowflakeSpecials specials = new SnowflakeSpecials(snapshots, governance, () -> List.copyOf(log));

  EmulatedAccount() {
    try {
      root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = root.createStatement()) {
        s.execute("ATTACH ':memory:' AS " + DATABASE);
        s.execute("ATTACH ':memory:' AS emu");
        s.execute("CREATE MACRO emu.main.sha2(v, bits) AS sha256(CAST(v AS VARCHAR))");
        s.execute("CREATE MACRO emu.main.to_timestamp_ltz(x) AS CAST(x AS TIMESTAMPTZ)");
        s.execute("CREATE MACRO emu.main.to_varchar(x) AS CAST(x AS VARCHAR)");
        s.execute("CREATE MACRO emu.main.snowflake_type(t) AS CASE WHEN t IN ('TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', "
            + "'HUGEINT') OR t LIKE 'DECIMAL%' THEN 'NUMBER' WHEN t LIKE 'VARCHAR%' THEN 'TEXT' WHEN t IN ('DOUBLE', 'FLOAT') "
            + "THEN 'FLOAT' WHEN t = 'TIMESTAMP' THEN 'TIMESTAMP_NTZ' WHEN t = 'TIMESTAMP WITH TIME ZONE' THEN 'TIMESTAMP_LTZ' "
            + "WHEN t = 'BLOB' THEN 'BINARY' ELSE t END");
        s.execute("CREATE MACRO emu.main.snowflake_precision(t, p) AS CASE WHEN t LIKE 'DECIMAL%' THEN p "
            + "WHEN t IN ('TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT') THEN 38 ELSE NULL END");
        s.execute("CREATE MACRO emu.main.snowflake_scale(t, s) AS CASE WHEN t LIKE 'DECIMAL%' THEN s "
            + "WHEN t IN ('TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT') THEN 0 ELSE NULL END");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  EmulatedSession openSession(String user, String authenticator, @Nullable String schema) throws SQLException {
    String token = "ver:1-hint:" + UUID.randomUUID();
    EmulatedSession session = new EmulatedSession(token, user, authenticator, root.duplicate(), DATABASE,
        schema == null ? "PUBLIC" : schema);
    sessions.put(token, session);
    return session;
  }

  /** Runs {@code sql} in a fresh session of {@code user} and closes it: "SUCCESS" or "FAILED: " and why. */
  String executeAlone(String user, String sql) {
    EmulatedSession session;
    try {
      session = openSession(user, "SNOWFLAKE", null);
    } catch (SQLException e) {
      return "FAILED: " + e.getMessage();
    }
    try {
      EmulatedQuery q = submit(session, sql, com.fasterxml.jackson.databind.node.NullNode.getInstance(), null,
          UUID.randomUUID().toString());
      if (!q.await(30_000)) {
        q.cancel();
      }
      return q.outcome() instanceof DuckDbToSnowflake.Failure f ? "FAILED: " + f.message() : "SUCCESS";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "FAILED: interrupted";
    } finally {
      closeSession(session.token);
    }
  }

  Optional<EmulatedSession> session(@Nullable String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(sessions.get(token));
  }

  void closeSession(String token) {
    EmulatedSession s = sessions.remove(token);
    if (s != null) {
      s.close();
    }
  }

  int openSessions() {
    return sessions.size();
  }

  EmulatedQuery submit(EmulatedSession session, String sql, JsonNode bindings, @Nullable String tag, String requestId) {
    EmulatedQuery q = new EmulatedQuery(UUID.randomUUID().toString(), sql, tag, requestId, session);
    queries.put(q.id, q);
    log.add(q);
    pool.submit(() -> run(q, bindings));
    return q;
  }

  Optional<EmulatedQuery> query(String id) {
    return Optional.ofNullable(queries.get(id));
  }

  Optional<EmulatedQuery> byRequestId(String requestId) {
    return log.stream().filter(q -> q.requestId.equals(requestId)).findFirst();
  }

  Governance governance() {
    return governance;
  }

  List<EmulatedQuery> log() {
    return new ArrayList<>(log);
  }

  private void run(EmulatedQuery q, JsonNode bindings) {
    EmulatedSession session = q.session;
    session.lock.lock();
    try {
      SnowflakeSpecials.Plan plan = specials.plan(SnowflakeToDuckDb.translate(q.sql, bindings), session);
      switch (plan) {
        case SnowflakeSpecials.Answer a -> q.end(a.outcome());
        case SnowflakeSpecials.Autocommit a -> {
          session.setAutocommit(a.on());
          q.end(SnowflakeSpecials.status(Wire.ALTER_SESSION));
        }
        case SnowflakeSpecials.Run r -> q.end(execute(q, session, r));
        case SnowflakeSpecials.Explain e -> q.end(SnowflakeSpecials.explain(EmulatedExplain.plan(session.connection, e.query())));
      }
    } catch (SQLException e) {
      q.end(DuckDbToSnowflake.failure(e));
    } catch (RuntimeException e) {
      q.end(new DuckDbToSnowflake.Failure("000603", "XX000", "SQL execution internal error: " + e));
    } finally {
      session.lock.unlock();
    }
  }

  private Object execute(EmulatedQuery q, EmulatedSession session, SnowflakeSpecials.Run run) throws SQLException {
    if (run.statementType() == Wire.TCL) {
      String verb = run.sql().strip().toUpperCase(java.util.Locale.ROOT);
      if (!session.connection.getAutoCommit()) {
        if (verb.startsWith("COMMIT")) {
          session.connection.commit();
        } else if (verb.startsWith("ROLLBACK")) {
          session.connection.rollback();
        }
      }
      return SnowflakeSpecials.status(Wire.TCL);
    }
    try (Statement s = session.connection.createStatement()) {
      q.running(s);
      if (q.cancelled()) {
        return DuckDbToSnowflake.CANCELLED;
      }
      boolean rows = s.execute(run.sql());
      Object result = rows ? typed(DuckDbToSnowflake.read(s.getResultSet()), run.statementType())
          : counts(run.statementType(), s.getUpdateCount());
      if (run.written() != null && session.autocommit) {
        snapshots.record(session.connection, run.written(), run.fresh(), Snapshots.operation(q.sql));
      }
      return result;
    } finally {
      q.running(null);
    }
  }

  private static Wire.Result typed(Wire.Result r, long type) {
    return new Wire.Result(r.columns(), r.rows(), type == Wire.DDL ? Wire.DDL : Wire.SELECT);
  }

  /** DML reports its counts in columns named as Snowflake names them; DDL a status line. */
  private static Wire.Result counts(long type, int count) {
    String n = String.valueOf(Math.max(0, count));
    Wire.Column inserted = new Wire.Column("number of rows inserted", "fixed", 38, 0);
    Wire.Column updated = new Wire.Column("number of rows updated", "fixed", 38, 0);
    if (type == Wire.INSERT) {
      return new Wire.Result(List.of(inserted), List.of(List.of(n)), type);
    }
    if (type == Wire.UPDATE) {
      return new Wire.Result(List.of(updated, new Wire.Column("number of multi-joined rows updated", "fixed", 38, 0)),
          List.of(List.of(n, "0")), type);
    }
    if (type == Wire.DELETE) {
      return new Wire.Result(List.of(new Wire.Column("number of rows deleted", "fixed", 38, 0)), List.of(List.of(n)), type);
    }
    if (type == Wire.MERGE) {
      return new Wire.Result(List.of(inserted, updated), List.of(List.of(n, "0")), type);
    }
    return SnowflakeSpecials.status(type);
  }

  @Override
  public void close() {
    queries.values().forEach(EmulatedQuery::cancel);
    pool.shutdownNow();
    sessions.values().forEach(EmulatedSession::close);
    try {
      root.close();
    } catch (SQLException e) {
      // In-memory.
    }
  }
}
