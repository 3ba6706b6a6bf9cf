package dev.rocky.adapter.duckdb;

import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.port.WarehouseCapability;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypeNames;
import dev.rocky.core.types.TypedColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The DuckDB warehouse, embedded through its JDBC driver, on a file or in memory. One connection,
 * used by one thread at a time (DuckDB runs a connection's statements one after another anyway);
 * {@link #cancelRunning} interrupts it from any thread.
 */
public final class DuckDbAdapter implements WarehouseAdapter {
  private static final String MEMORY = ":memory:";
  private static final Set<WarehouseCapability> CAPABILITIES = Set.of(WarehouseCapability.CANCEL,
      WarehouseCapability.EXPLAIN);

  private final Connection connection;
  private final String database;
  private final ReentrantLock lock = new ReentrantLock();
  private final Set<Statement> running = ConcurrentHashMap.newKeySet();
  private final DuckDbCatalog catalog;
  private final DuckDbProfile profile;
  private volatile boolean closed;
  /** A transaction begun by a statement's text ({@code BEGIN}) and not yet ended; guarded by the lock. */
  private boolean textTransaction;

  private DuckDbAdapter(Connection connection, String database) {
    this.connection = connection;
    this.database = database;
    this.catalog = new DuckDbCatalog(this::withConnection, () -> textTransaction);
    this.profile = DuckDbProfile.enable(connection);
  }

  /** A fresh in-memory database, gone when the adapter is closed. */
  public static DuckDbAdapter inMemory() {
    return connect("jdbc:duckdb:", MEMORY);
  }

  /** The database in {@code file}, created (with its directory) when missing. */
  public static DuckDbAdapter open(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute.getParent());
    } catch (IOException e) {
      throw new RockyException(DuckDbErrorCode.DUCKDB_UNAVAILABLE, "cannot create the directory of " + absolute + ": " + e.getMessage(), e);
    }
    return connect("jdbc:duckdb:" + absolute, absolute.toString());
  }

  /**
   * The database of an {@code [adapter]} block of type {@code duckdb}: its {@code path}, relative to
   * the project root, or in memory when the path is absent or {@code :memory:}.
   */
  public static DuckDbAdapter open(AdapterConfig config, Path projectRoot) {
    if (!"duckdb".equalsIgnoreCase(config.type())) {
      throw new IllegalArgumentException("not a duckdb adapter: type = " + config.type());
    }
    String path = config.path();
    return path == null || path.isBlank() || path.equals(MEMORY) ? inMemory() : open(projectRoot.resolve(path));
  }

  private static DuckDbAdapter connect(String url, String database) {
    try {
      return new DuckDbAdapter(DriverManager.getConnection(url), database);
    } catch (SQLException e) {
      throw DuckDbErrors.classify(e, "opening " + database, database);
    }
  }

  /** The database file's path, or {@code :memory:}. */
  public String database() {
    return database;
  }

  @Override
  public Dialect dialect() {
    return Dialect.DUCKDB;
  }

  @Override
  public Set<WarehouseCapability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ExecutionResult execute(String sql) {
    return withStatement("running a statement", statement -> run(statement, sql));
  }

  @Override
  public dev.rocky.core.port.QueryEstimate explain(String query) {
    return withStatement("explaining a query", statement -> {
      try (ResultSet rs = statement.executeQuery(DuckDbExplain.sql(query))) {
        String plan = null;
        while (rs.next()) {
          if ("physical_plan".equals(rs.getString(1))) {
            plan = rs.getString(2);
          }
        }
        return DuckDbExplain.parse(plan == null ? "[]" : plan);
      }
    });
  }

  @Override
  public QueryResult query(String sql) {
    return withStatement("running a query", statement -> {
      try (ResultSet rs = statement.executeQuery(sql)) {
        return read(rs);
      }
    });
  }

  @Override
  public Optional<List<TypedColumn>> describeTable(TargetRef table) {
    return catalog.describe(table);
  }

  @Override
  public boolean tableExists(TargetRef table) {
    return catalog.exists(table);
  }

  @Override
  public List<String> listSchemas() {
    return catalog.schemas();
  }

  @Override
  public List<TargetRef> listTables(String schema) {
    return catalog.tables(schema);
  }

  @Override
  public void executeInTransaction(List<String> sqls) {
    executeTransaction(sqls);
  }

  /** Also counts the bytes every statement scanned and wrote (see {@link DuckDbProfile}). */
  @Override
  public ExecutionResult executeTransaction(List<String> sqls) {
    return withConnection("running a transaction", c -> {
      long start = System.nanoTime();
      c.setAutoCommit(false);
      try {
        Long scanned = null;
        Long written = null;
        for (String sql : sqls) {
          try (Statement statement = register(c.createStatement())) {
            ExecutionResult r = run(statement, sql);
            scanned = DuckDbProfile.plus(scanned, r.bytesScanned());
            written = DuckDbProfile.plus(written, r.bytesWritten());
          } finally {
            running.clear();
          }
        }
        c.commit();
        return new ExecutionResult(null, Duration.ofNanos(System.nanoTime() - start), scanned, written, null);
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    });
  }

  @Override
  public void cancelRunning() {
    for (Statement statement : running) {
      try {
        statement.cancel();
      } catch (SQLException e) {
        // It finished (or was closed) meanwhile: nothing left to cancel.
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
      throw DuckDbErrors.classify(e, "closing", database);
    } finally {
      lock.unlock();
    }
  }

  private ExecutionResult run(Statement statement, String sql) throws SQLException {
    long start = System.nanoTime();
    boolean rows = statement.execute(sql);
    textTransaction = TransactionText.after(textTransaction, sql);
    int count = rows ? -1 : statement.getUpdateCount();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    DuckDbProfile.Bytes bytes = profile.last();
    return new ExecutionResult(count >= 0 ? (long) count : null, took, bytes.scanned(), bytes.written(), null);
  }

  private static QueryResult read(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<TypedColumn> columns = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      columns.add(new TypedColumn(md.getColumnLabel(i), TypeNames.fromSql(md.getColumnTypeName(i)),
          md.isNullable(i) != ResultSetMetaData.columnNoNulls));
    }
    List<List<@Nullable Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<@Nullable Object> row = new ArrayList<>(columns.size());
      for (int i = 1; i <= columns.size(); i++) {
        row.add(DuckDbValues.plain(rs.getObject(i)));
      }
      rows.add(row);
    }
    return new QueryResult(columns, rows);
  }

  private <T> T withStatement(String doing, SqlWork<Statement, T> work) {
    return withConnection(doing, c -> {
      try (Statement statement = register(c.createStatement())) {
        return work.run(statement);
      } finally {
        running.clear();
      }
    });
  }

  private Statement register(Statement statement) {
    running.add(statement);
    return statement;
  }

  private <T> T withConnection(String doing, SqlWork<Connection, T> work) {
    lock.lock();
    try {
      if (closed) {
        throw new RockyException(DuckDbErrorCode.DUCKDB_CLOSED, "the DuckDB adapter on " + database + " is closed");
      }
      return work.run(connection);
    } catch (SQLException e) {
      throw DuckDbErrors.classify(e, doing, database);
    } finally {
      lock.unlock();
    }
  }

  /** Work on a JDBC object that may throw {@link SQLException}. */
  @FunctionalInterface
  interface SqlWork<R, T> {
    T run(R resource) throws SQLException;
  }
}
