package dev.rocky.planner;

import dev.rocky.planner.partition.PartitionWindow;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.Statement;
import dev.rocky.planner.sql.TableName;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A minimal executor over an in-memory DuckDB, for tests: it probes the target, renders the step's
 * statements, runs them in order (rolling back an open transaction on failure) and keeps the
 * watermarks that {@code READ_WATERMARK} statements return.
 */
final class DuckDbRunner implements AutoCloseable {
  private final Connection connection;
  private final MaterializationRenderer renderer = new MaterializationRenderer(SqlDialect.DUCKDB);
  private final Map<String, Instant> watermarks = new HashMap<>();
  private final List<Statement> log = new ArrayList<>();

  DuckDbRunner() throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
  }

  void exec(String sql) throws SQLException {
    try (var st = connection.createStatement()) {
      st.execute(sql);
    }
  }

  /** Rows as {@code a|b|c} strings, in the query's order. */
  List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (var st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringJoiner j = new StringJoiner("|");
        for (int i = 1; i <= n; i++) {
          j.add(String.valueOf(rs.getString(i)));
        }
        out.add(j.toString());
      }
    }
    return out;
  }

  List<String> columns(String sql) throws SQLException {
    try (var st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> out = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        out.add(md.getColumnName(i));
      }
      return out;
    }
  }

  boolean exists(TableName t) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?"
            + (t.catalog() == null ? "" : " AND table_catalog = ?"))) {
      ps.setString(1, t.schema());
      ps.setString(2, t.table());
      if (t.catalog() != null) {
        ps.setString(3, t.catalog());
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    }
  }

  void run(RunPlan plan) throws SQLException {
    for (TableName schema : plan.targetSchemas()) {
      execute(renderer.createSchema(schema));
    }
    for (ModelStep step : plan.steps()) {
      run(step);
    }
  }

  void run(ModelStep step) throws SQLException {
    TableName t = step.target();
    Instant watermark = watermarks.get(t.qualifiedName());
    TargetState state = !exists(t) ? TargetState.absent()
        : watermark == null ? TargetState.present() : TargetState.present(watermark);
    runAll(renderer.render(step, state), t);
  }

  void runPartitions(ModelStep step, List<PartitionWindow> windows) throws SQLException {
    for (PartitionWindow w : windows) {
      runAll(renderer.renderPartition(step, w), step.target());
    }
  }

  Instant watermark(TableName t) {
    return watermarks.get(t.qualifiedName());
  }

  List<Statement> log() {
    return log;
  }

  private void runAll(List<Statement> statements, TableName target) throws SQLException {
    boolean inTransaction = false;
    try {
      for (Statement s : statements) {
        inTransaction |= s.purpose() == Statement.Purpose.BEGIN_TRANSACTION;
        inTransaction &= s.purpose() != Statement.Purpose.COMMIT_TRANSACTION;
        if (s.purpose() == Statement.Purpose.READ_WATERMARK) {
          readWatermark(s, target);
        } else {
          execute(s);
        }
      }
    } catch (SQLException e) {
      if (inTransaction) {
        exec("ROLLBACK");
      }
      throw e;
    }
  }

  private void readWatermark(Statement s, TableName target) throws SQLException {
    log.add(s);
    try (var st = connection.createStatement(); ResultSet rs = st.executeQuery(s.sql())) {
      rs.next();
      LocalDateTime value = rs.getObject(1, LocalDateTime.class);
      if (value != null) {
        watermarks.put(target.qualifiedName(), value.toInstant(ZoneOffset.UTC));
      }
    }
  }

  private void execute(Statement s) throws SQLException {
    log.add(s);
    try {
      exec(s.sql());
    } catch (SQLException e) {
      throw new SQLException(e.getMessage() + "\nwhile running " + s.purpose() + ":\n" + s.sql(), e);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
