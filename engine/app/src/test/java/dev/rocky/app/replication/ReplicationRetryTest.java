package dev.rocky.app.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.adapter.duckdb.DuckDbSourceAdapter;
import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.config.ExecutionConfig;
import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.core.config.ReplicationPipeline.SchemaPattern;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.hooks.HookSink;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.port.WarehouseCapability;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.testkit.fake.InMemoryStateStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** table_retries after the parallel phase, and a drift hook that aborts the run. */
class ReplicationRetryTest {

  /** DuckDB that fails the first {@code failures} copies into {@code table}. */
  private static final class FlakyWarehouse implements WarehouseAdapter {
    private final DuckDbAdapter db;
    private final String table;
    private final AtomicInteger failures;

    FlakyWarehouse(DuckDbAdapter db, String table, int failures) {
      this.db = db;
      this.table = table;
      this.failures = new AtomicInteger(failures);
    }

    @Override
    public Dialect dialect() {
      return db.dialect();
    }

    @Override
    public Set<WarehouseCapability> capabilities() {
      return db.capabilities();
    }

    @Override
    public ExecutionResult execute(String sql) {
      if (sql.startsWith("CREATE") && sql.contains(table) && failures.getAndDecrement() > 0) {
        throw new RockyException(dev.rocky.adapter.duckdb.DuckDbErrorCode.DUCKDB_UNAVAILABLE, "injected failure copying " + table);
      }
      return db.execute(sql);
    }

    @Override
    public QueryResult query(String sql) {
      return db.query(sql);
    }

    @Override
    public Optional<List<TypedColumn>> describeTable(TargetRef ref) {
      return db.describeTable(ref);
    }

    @Override
    public boolean tableExists(TargetRef ref) {
      return db.tableExists(ref);
    }

    @Override
    public void executeInTransaction(List<String> sqls) {
      db.executeInTransaction(sqls);
    }

    @Override
    public List<String> listSchemas() {
      return db.listSchemas();
    }

    @Override
    public List<TargetRef> listTables(String schema) {
      return db.listTables(schema);
    }

    @Override
    public void close() {}
  }

  private static ReplicationPipeline pipeline(int retries) {
    return new ReplicationPipeline("full_refresh", null, null, null, null,
        new ReplicationPipeline.Source(null, null, null, new SchemaPattern("src__", "__", List.of("source"))),
        new ReplicationPipeline.Target(null, null, "stg_{source}", null), null, null, null,
        new ExecutionConfig(ExecutionConfig.Concurrency.fixed(2), false, 0, retries), null, null);
  }

  private static DuckDbAdapter seeded() {
    DuckDbAdapter db = DuckDbAdapter.inMemory();
    db.execute("CREATE SCHEMA src__shop");
    db.execute("CREATE TABLE src__shop.orders AS SELECT 1 AS id");
    db.execute("CREATE TABLE src__shop.items AS SELECT 2 AS id");
    return db;
  }

  private static RunOutput run(WarehouseAdapter warehouse, DuckDbAdapter db, int retries, HookSink hooks) {
    return new ReplicationService("p", pipeline(retries), null).run(new DuckDbSourceAdapter(db), Map.of(),
        new ReplicationRunner(warehouse, new InMemoryStateStore(), hooks, Clock.systemUTC()), RunOptions.builder("t").build()).run();
  }

  @Test
  void aFailedTableIsTriedAgainUpToTableRetries() {
    try (DuckDbAdapter db = seeded()) {
      RunOutput once = run(new FlakyWarehouse(db, "\"orders\"", 1), db, 1, HookSink.NONE);
      assertThat(once.status()).isEqualTo(RunStatus.SUCCESS);
      assertThat(once.tablesCopied()).isEqualTo(2);

      RunOutput twice = run(new FlakyWarehouse(db, "\"orders\"", 2), db, 1, HookSink.NONE);
      assertThat(twice.status()).isEqualTo(RunStatus.PARTIAL_FAILURE);
      assertThat(twice.errors()).singleElement().satisfies(e -> assertThat(e.error()).contains("injected failure"));

      RunOutput none = run(new FlakyWarehouse(db, "\"orders\"", 1), db, 0, HookSink.NONE);
      assertThat(none.tablesFailed()).isEqualTo(1);
    }
  }

  @Test
  void aDriftHookThatAbortsFailsTheRun() {
    try (DuckDbAdapter db = seeded()) {
      run(db, db, 0, HookSink.NONE);
      db.execute("ALTER TABLE src__shop.orders ADD COLUMN note VARCHAR");
      RunOutput aborted = run(db, db, 0, event -> event.event().equals("on_drift_detected")
          ? HookSink.Disposition.ABORT : HookSink.Disposition.CONTINUE);
      assertThat(aborted.status()).isEqualTo(RunStatus.FAILURE);
      assertThat(aborted.drift().actionsTaken()).hasSize(1);
    }
  }

  @Test
  void aPipelineStartHookThatAbortsCopiesNothing() {
    try (DuckDbAdapter db = seeded()) {
      RunOutput aborted = run(db, db, 0, event -> event.event().equals("on_pipeline_start")
          ? HookSink.Disposition.ABORT : HookSink.Disposition.CONTINUE);
      assertThat(aborted.status()).isEqualTo(RunStatus.FAILURE);
      assertThat(aborted.tablesCopied()).isZero();
    }
  }
}
