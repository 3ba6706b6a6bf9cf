package dev.rocky.app.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.adapter.duckdb.DuckDbSourceAdapter;
import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.config.ExecutionConfig;
import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.core.config.ReplicationPipeline.SchemaPattern;
import dev.rocky.core.hooks.HookEvent;
import dev.rocky.core.hooks.HookSink;
import dev.rocky.core.port.SourceAdapter;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.source.DiscoveredSource;
import dev.rocky.planner.replication.DriftAction;
import dev.rocky.testkit.fake.InMemoryStateStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runner on a real in-memory DuckDB: drift and its hook, faults, watermark commits, fail_fast. */
class ReplicationRunnerTest {
  private final Clock clock = Clock.systemUTC();
  private final List<HookEvent> events = new CopyOnWriteArrayList<>();
  private final HookSink recording = event -> {
    events.add(event);
    return HookSink.Disposition.CONTINUE;
  };
  private DuckDbAdapter db;
  private InMemoryStateStore state;

  @BeforeEach
  void seed() {
    db = DuckDbAdapter.inMemory();
    state = new InMemoryStateStore();
    for (String schema : List.of("src__acme__shopify", "src__globex__stripe")) {
      db.execute("CREATE SCHEMA " + schema);
      for (String table : List.of("orders", "customers")) {
        db.execute("CREATE TABLE " + schema + "." + table + " AS SELECT i AS id, 'new' AS status, "
            + "TIMESTAMP '2026-01-01 00:00:00' + to_minutes(i) AS _synced FROM range(10) t(i)");
      }
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static ReplicationPipeline pipeline(ExecutionConfig execution) {
    return new ReplicationPipeline("incremental", "_synced", null, null,
        List.of(new ReplicationPipeline.MetadataColumn("_loaded_by", "VARCHAR", "'rocky'")),
        new ReplicationPipeline.Source(null, null, null, new SchemaPattern("src__", "__", List.of("tenant", "source"))),
        new ReplicationPipeline.Target(null, "", "staging__{tenant}__{source}", null), null, null, null, execution,
        null, null);
  }

  private ReplicationRunOutput run(ReplicationPipeline pipeline, SourceAdapter source) {
    return new ReplicationService("bronze", pipeline, null).run(source, Map.of(),
        new ReplicationRunner(db, state, recording, clock), RunOptions.builder("test").build());
  }

  private long count(String table) {
    return ((Number) db.query("SELECT count(*) FROM " + table).single()).longValue();
  }

  @Test
  void aColumnAddedAtTheSourceIsAddedAtTheTargetReportedAndFiresTheHook() {
    ReplicationPipeline p = pipeline(ExecutionConfig.defaults());
    assertThat(run(p, new DuckDbSourceAdapter(db)).run().status()).isEqualTo(RunStatus.SUCCESS);
    assertThat(events).extracting(HookEvent::event).containsExactly("on_pipeline_start", "on_pipeline_complete");
    events.clear();
    db.execute("ALTER TABLE src__acme__shopify.orders ADD COLUMN note VARCHAR");
    db.execute("INSERT INTO src__acme__shopify.orders VALUES (100, 'late', TIMESTAMP '2026-02-01 00:00:00', 'hello')");

    RunOutput out = run(p, new DuckDbSourceAdapter(db)).run();

    assertThat(out.drift().tablesDrifted()).isEqualTo(1);
    assertThat(out.drift().tablesChecked()).isEqualTo(4);
    DriftAction action = (DriftAction) out.drift().actionsTaken().getFirst();
    assertThat(action.table()).isEqualTo("staging__acme__shopify.orders");
    assertThat(action.action()).isEqualTo("add_columns");
    assertThat(db.query("SELECT note FROM staging__acme__shopify.orders WHERE id = 100").single()).isEqualTo("hello");
    assertThat(events).extracting(HookEvent::event)
        .containsExactly("on_pipeline_start", "on_drift_detected", "on_pipeline_complete");
    assertThat(events.get(1)).satisfies(e -> {
      assertThat(e.pipeline()).isEqualTo("bronze");
      assertThat(e.runId()).isEqualTo(out.runId());
      assertThat(e.metadata()).containsEntry("table", "staging__acme__shopify.orders")
          .containsEntry("actions_taken", List.of(action));
    });
  }

  @Test
  void aSourceTableDroppedMidRunFailsOnlyItsOwnCopyAndKeepsItsWatermark() {
    ReplicationPipeline p = pipeline(ExecutionConfig.defaults());
    run(p, new DuckDbSourceAdapter(db));
    String dropped = "staging__globex__stripe.customers";
    var before = state.watermark(dropped).orElseThrow();
    db.execute("INSERT INTO src__acme__shopify.orders VALUES (50, 'x', TIMESTAMP '2026-03-01 00:00:00')");
    db.execute("INSERT INTO src__globex__stripe.customers VALUES (50, 'x', TIMESTAMP '2026-03-01 00:00:00')");
    SourceAdapter dropsAfterDiscovery = new SourceAdapter() {
      @Override
      public String sourceType() {
        return "duckdb";
      }

      @Override
      public List<DiscoveredSource> discover(String prefix) {
        List<DiscoveredSource> found = new DuckDbSourceAdapter(db).discover(prefix);
        db.execute("DROP TABLE src__globex__stripe.customers");
        return found;
      }
    };

    RunOutput out = run(p, dropsAfterDiscovery).run();

    assertThat(out.status()).isEqualTo(RunStatus.PARTIAL_FAILURE);
    assertThat(out.tablesCopied()).isEqualTo(3);
    assertThat(out.errors()).singleElement().satisfies(e -> {
      assertThat(e.model()).isEqualTo(dropped);
      assertThat(e.error()).contains("src__globex__stripe.customers no longer exists");
      assertThat(e.failureKind()).isEqualTo(FailureKind.NOT_FOUND);
    });
    assertThat(state.watermark(dropped).orElseThrow()).isEqualTo(before);
    assertThat(state.watermark("staging__acme__shopify.orders").orElseThrow().lastValue())
        .isEqualTo(java.time.Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(count("staging__acme__shopify.orders")).isEqualTo(11);
  }

  @Test
  void failFastStopsStartingTablesAfterTheFirstFailure() {
    ReplicationPipeline p = pipeline(new ExecutionConfig(ExecutionConfig.Concurrency.fixed(1), true, 0, 0));
    db.execute("ALTER TABLE src__acme__shopify.customers RENAME COLUMN _synced TO synced_at");

    RunOutput out = run(p, new DuckDbSourceAdapter(db)).run();

    assertThat(out.tablesCopied()).isZero();
    assertThat(out.tablesFailed()).isEqualTo(1);
    assertThat(out.tablesSkipped()).isEqualTo(3);
    assertThat(out.status()).isEqualTo(RunStatus.FAILURE);
    assertThat(out.errors().getFirst().error()).contains("timestamp_column '_synced' is not a column");
  }

  @Test
  void theErrorRateStopsTheRunOnceEnoughTablesFailed() {
    ReplicationPipeline p = pipeline(new ExecutionConfig(ExecutionConfig.Concurrency.fixed(1), false, 50, 0));
    for (String s : List.of("src__acme__shopify", "src__globex__stripe")) {
      db.execute("ALTER TABLE " + s + ".customers RENAME COLUMN _synced TO synced_at");
      db.execute("CREATE TABLE " + s + ".zz_more AS SELECT * FROM " + s + ".orders");
    }
    db.execute("ALTER TABLE src__acme__shopify.orders RENAME COLUMN _synced TO synced_at");

    RunOutput out = run(p, new DuckDbSourceAdapter(db)).run();

    // acme: customers fails, orders fails, zz_more succeeds; globex: customers fails (3 of 4 failed: stop).
    assertThat(out.tablesFailed()).isEqualTo(3);
    assertThat(out.tablesCopied()).isEqualTo(1);
    assertThat(out.tablesSkipped()).isEqualTo(2);
  }
}
