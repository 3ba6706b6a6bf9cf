package dev.rocky.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.run.AttemptRecord;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.store.local.SqliteStateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One code path, two wirings: the same project with the same injected faults, run by the state
 * machine (aws-local-stepfunctions, the functions, DynamoDB Local, S3Proxy, a DuckDB file) and by
 * a local {@code rocky run} ({@code RunCoordinator}, SQLite state, another DuckDB file), ends with
 * the same status, the same tables and contents, the same watermarks and equivalent run records.
 *
 * <p>The faults: {@code stg_payments} fails for good (its raw data does not cast), so two models
 * are skipped; {@code stg_customers}' first two statements hit a transient conflict, which the
 * execute service retries in process on both sides.
 */
class LocalEquivalenceTest {
  @TempDir Path dir;

  @Test
  void aStateMachineRunAndALocalRunEndTheSame() throws Exception {
    Path project = dir.resolve("project");
    Shop.write(Shop.files(), project);

    RunRecord local;
    Map<String, List<String>> localTables;
    String localWatermark;
    try (DuckDbAdapter duck = DuckDbAdapter.open(project.resolve("warehouse.duckdb"));
        SqliteStateStore state = SqliteStateStore.open(project.resolve(".rocky/state.sqlite"), Clock.systemUTC())) {
      Shop.seed(duck, true);
      RunOutput output = LocalRocky.run(project, new FlakyWarehouse(duck, "stg_customers", 2), state, 4);
      local = state.run(output.runId()).orElseThrow();
      assertThat(output.status()).isEqualTo(local.status());
      localTables = tables(duck);
      localWatermark = String.valueOf(state.watermark("main.stg_orders").map(w -> w.lastValue()).orElse(null));
    }

    RunRecord remote;
    Map<String, List<String>> remoteTables;
    String remoteWatermark;
    try (Deployment aws = new Deployment(dir.resolve("aws"), s -> s, w -> new FlakyWarehouse(w, "stg_customers", 2))) {
      Shop.seed(aws.warehouse, true);
      String snapshot = aws.upload("snapshots/equivalence.zip", Shop.zip(Shop.files()));
      Execution run = aws.run("run.asl.json", Map.of("snapshot_key", snapshot, "trigger", "Manual",
          "session_source", "cli", "parallel", 4));
      String runId = run.cause().isEmpty() ? run.output().path("run_id").asText() : run.cause().substring(0, run.cause().indexOf(':'));
      remote = aws.stores.state().run(runId).orElseThrow(() -> new AssertionError(run.toString()));
      remoteTables = tables(aws.warehouse);
      remoteWatermark = String.valueOf(aws.stores.state().watermark("main.stg_orders").map(w -> w.lastValue()).orElse(null));
    }

    assertThat(remote.status()).isEqualTo(local.status()).hasToString("PARTIAL_FAILURE");
    assertThat(executions(remote)).isEqualTo(executions(local));
    assertThat(executions(local).get("stg_customers")).contains("SUCCESS", "attempts=[1:FAILED:TRANSIENT", "3:SUCCESS");
    assertThat(executions(local).get("stg_payments")).startsWith("FAILED");
    assertThat(executions(local).get("rpt_order_health")).contains("SKIPPED", "through 'fct_payments_by_order'");
    assertThat(List.of(remote.configHash(), remote.trigger(), remote.sessionSource(), String.valueOf(remote.idempotencyKey())))
        .isEqualTo(List.of(local.configHash(), local.trigger(), local.sessionSource(), String.valueOf(local.idempotencyKey())));
    assertThat(remoteTables).isEqualTo(localTables).containsKeys("stg_customers", "fct_revenue_by_country")
        .doesNotContainKeys("fct_payments_by_order", "rpt_order_health");
    assertThat(remoteWatermark).isEqualTo(localWatermark).isNotEqualTo("null");
  }

  /** Each model's execution without what differs by nature (times, durations): status, counts, hash, message, retry trail. */
  private static Map<String, String> executions(RunRecord record) {
    Map<String, String> out = new TreeMap<>();
    for (ModelExecution e : record.modelsExecuted()) {
      List<String> attempts = new ArrayList<>();
      for (AttemptRecord a : e.attempts()) {
        attempts.add(a.attempt() + ":" + a.outcome() + ":" + a.failureClass() + ":" + a.error());
      }
      out.put(e.modelName(), e.status() + " rows=" + e.rowsAffected() + " sql=" + e.sqlHash() + " error=" + e.error()
          + " attempts=" + attempts);
    }
    return out;
  }

  /** Every table and view of schema main with its rows, sorted. */
  private static Map<String, List<String>> tables(WarehouseAdapter warehouse) {
    Map<String, List<String>> out = new TreeMap<>();
    for (List<?> row : warehouse.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").rows()) {
      String table = String.valueOf(row.get(0));
      out.put(table, warehouse.query("SELECT * FROM main." + table + " ORDER BY ALL").rows().stream()
          .map(String::valueOf).toList());
    }
    return out;
  }
}
