package dev.rocky.testkit.emulator.databricks;

import dev.rocky.testkit.emulator.Snapshots;
import dev.rocky.testkit.emulator.EmulatedExplain;
import dev.rocky.testkit.emulator.Governance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
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
 * The warehouse behind the emulated API: an in-memory DuckDB whose catalog {@code rocky} plays the
 * Unity Catalog catalog, statements run asynchronously (one DuckDB connection each), and the
 * statement log the query history is served from.
 */
final class EmulatedWarehouse implements AutoCloseable {
  static final String CATALOG = "rocky";

  private final DuckDBConnection root;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "emulated-warehouse");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, EmulatedStatement> statements = new ConcurrentHashMap<>();
  private final List<EmulatedStatement> log = new CopyOnWriteArrayList<>();
  private final Snapshots snapshots = new Snapshots();
  private final Governance governance = new Governance();
  private final SpecialStatements special = new SpecialStatements(snapshots, governance);

  EmulatedWarehouse() {
    try {
      root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = root.createStatement()) {
        s.execute("ATTACH ':memory:' AS " + CATALOG);
        s.execute("ATTACH ':memory:' AS emu");
        s.execute("CREATE MACRO emu.main.sha2(v, bits) AS sha256(CAST(v AS VARCHAR))");
        s.execute("CREATE MACRO emu.main.signed64(h) AS CAST(CAST(h AS HUGEINT) - 9223372036854775808 AS BIGINT)");
        s.execute("CREATE MACRO emu.main.databricks_type(t) AS CASE "
            + "WHEN t = 'INTEGER' THEN 'int' WHEN t = 'VARCHAR' THEN 'string' "
            + "WHEN t = 'TIMESTAMP WITH TIME ZONE' THEN 'timestamp' WHEN t = 'TIMESTAMP' THEN 'timestamp_ntz' "
            + "WHEN t LIKE 'VARCHAR(%' THEN 'string' ELSE lower(replace(t, ' ', '')) END");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a submit asks for. */
  record Submission(String sql, Map<String, @Nullable String> parameters, @Nullable String catalog,
      @Nullable String schema, Map<String, String> tags, int holdPolls, boolean hang) {}

  EmulatedStatement submit(Submission s) {
    String id = UUID.randomUUID().toString();
    EmulatedStatement statement = new EmulatedStatement(id, s.sql(), s.tags(), Instant.now(), s.holdPolls());
    statements.put(id, statement);
    log.add(statement);
    if (!s.hang()) {
      pool.submit(() -> run(statement, s));
    }
    return statement;
  }

  Optional<EmulatedStatement> statement(String id) {
    return Optional.ofNullable(statements.get(id));
  }

  Governance governance() {
    return governance;
  }

  List<EmulatedStatement> log() {
    return new ArrayList<>(log);
  }

  private void run(EmulatedStatement statement, Submission s) {
    String catalog = s.catalog() == null ? CATALOG : s.catalog();
    String schema = s.schema() == null ? "main" : s.schema();
    try (Connection c = root.duplicate()) {
      try (Statement setup = c.createStatement()) {
        setup.execute("SET TimeZone = 'UTC'");
        setup.execute("SET ieee_floating_point_ops = false");
        setup.execute("USE " + catalog + (s.schema() == null ? "" : "." + s.schema()));
      }
      String sql = SparkToDuckDb.translate(s.sql(), s.parameters());
      SpecialStatements.Plan plan = special.plan(sql, catalog, schema);
      switch (plan) {
        case SpecialStatements.Answer a -> statement.end(a.outcome());
        case SpecialStatements.Run r -> statement.end(execute(c, statement, r));
        case SpecialStatements.Explain e -> statement.end(explain(c, e.query()));
        case SpecialStatements.History h -> statement.end(history(c, h));
      }
    } catch (SQLException e) {
      statement.end(DuckDbResults.failure(e));
    } catch (RuntimeException e) {
      statement.end(new Outcome.Failure("INTERNAL_ERROR", "[INTERNAL_ERROR] " + e + " SQLSTATE: XX000", "XX000"));
    }
  }

  private Outcome execute(Connection c, EmulatedStatement statement, SpecialStatements.Run run) throws SQLException {
    try (Statement s = c.createStatement()) {
      statement.running(s);
      if (statement.cancelled()) {
        return new Outcome.Cancelled();
      }
      boolean rows = s.execute(run.sql());
      Outcome outcome = rows ? DuckDbResults.read(s.getResultSet()) : counts(run.sql(), s.getUpdateCount());
      if (run.written() != null) {
        snapshots.record(c, run.written(), run.fresh(), Snapshots.operation(statement.sql));
      }
      return outcome;
    } finally {
      statement.running(null);
    }
  }

  /**
   * {@code DESCRIBE HISTORY}: the table's versions, newest first, in the columns Delta reports. A
   * table no statement of the emulator has written (made on its DuckDB directly) gets its first
   * version when first asked about.
   */
  private Outcome history(Connection c, SpecialStatements.History h) throws SQLException {
    if (snapshots.latest(h.key()).isEmpty()) {
      snapshots.record(c, h.key(), true, "CREATE TABLE");
    }
    List<Snapshots.Version> versions = new ArrayList<>(snapshots.history(h.key()));
    java.util.Collections.reverse(versions);
    List<List<@Nullable String>> rows = new ArrayList<>();
    for (Snapshots.Version v : versions.subList(0, Math.min(h.limit(), versions.size()))) {
      rows.add(java.util.Arrays.asList(String.valueOf(v.version()), v.at().toString(), "1234567890", "owner@example.com",
          v.operation(), "{}", v.version() == 0 ? null : String.valueOf(v.version() - 1), "WriteSerializable",
          String.valueOf(v.operation().equals("WRITE")), "{}", "Databricks-Runtime/emulated"));
    }
    List<Outcome.Column> columns = new ArrayList<>(List.of(
        new Outcome.Column("version", "LONG", "BIGINT", null, null),
        new Outcome.Column("timestamp", "TIMESTAMP", "TIMESTAMP", null, null)));
    for (String name : List.of("userId", "userName", "operation", "operationParameters")) {
      columns.add(new Outcome.Column(name, "STRING", "STRING", null, null));
    }
    columns.add(new Outcome.Column("readVersion", "LONG", "BIGINT", null, null));
    columns.add(new Outcome.Column("isolationLevel", "STRING", "STRING", null, null));
    columns.add(new Outcome.Column("isBlindAppend", "BOOLEAN", "BOOLEAN", null, null));
    columns.add(new Outcome.Column("operationMetrics", "STRING", "STRING", null, null));
    columns.add(new Outcome.Column("engineInfo", "STRING", "STRING", null, null));
    return new Outcome.Rows(columns, rows);
  }

  /**
   * {@code EXPLAIN COST} as Databricks prints it: the optimized logical plan, the query's operator
   * first, one {@code Relation} line per table read, each with {@code Statistics(...)}.
   */
  private static Outcome explain(Connection c, String query) throws SQLException {
    EmulatedExplain.Plan plan = EmulatedExplain.plan(c, query);
    StringBuilder text = new StringBuilder("== Optimized Logical Plan ==\n");
    long read = plan.scans().stream().mapToLong(EmulatedExplain.Scan::rows).sum();
    text.append("Project [*], Statistics(sizeInBytes=").append(read * EmulatedExplain.BYTES_PER_ROW).append(" B")
        .append(plan.rows() == null ? "" : ", rowCount=" + plan.rows()).append(")\n");
    for (EmulatedExplain.Scan scan : plan.scans()) {
      text.append("+- Relation ").append(scan.table()).append("[*] parquet, Statistics(sizeInBytes=")
          .append(scan.rows() * EmulatedExplain.BYTES_PER_ROW).append(" B, rowCount=").append(scan.rows()).append(")\n");
    }
    text.append("\n== Physical Plan ==\n*(1) Project\n");
    return new Outcome.Rows(List.of(new Outcome.Column("plan", "STRING", "STRING", null, null)),
        List.of(List.of(text.toString())));
  }

  /** DML reports its counts as Databricks does: {@code num_affected_rows} (and {@code num_inserted_rows}). */
  private static Outcome counts(String sql, int count) {
    String verb = sql.strip().split("\\s+")[0].toUpperCase(java.util.Locale.ROOT);
    boolean dml = verb.equals("INSERT") || verb.equals("MERGE") || verb.equals("DELETE") || verb.equals("UPDATE")
        || (verb.equals("CREATE") && sql.toUpperCase(java.util.Locale.ROOT).contains(" AS"));
    if (!dml || count < 0) {
      return Outcome.Rows.NONE;
    }
    Outcome.Column affected = new Outcome.Column("num_affected_rows", "LONG", "BIGINT", null, null);
    if (verb.equals("INSERT") || verb.equals("CREATE")) {
      return new Outcome.Rows(List.of(affected, new Outcome.Column("num_inserted_rows", "LONG", "BIGINT", null, null)),
          List.of(List.of(String.valueOf(count), String.valueOf(count))));
    }
    return new Outcome.Rows(List.of(affected), List.of(List.of(String.valueOf(count))));
  }

  @Override
  public void close() {
    statements.values().forEach(EmulatedStatement::cancel);
    pool.shutdownNow();
    try {
      root.close();
    } catch (SQLException e) {
      // Closing an in-memory database.
    }
  }
}
