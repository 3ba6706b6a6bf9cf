package dev.rocky.fn.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.fn.RockyUserError;
import dev.rocky.fn.compile.testing.LocalStores;
import dev.rocky.fn.compile.testing.ProjectZips;
import dev.rocky.fn.compile.testing.RecordedRuns;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import dev.rocky.store.aws.testing.LocalAws;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cost function against DynamoDB Local and S3Proxy: a run recorded in the state table, its
 * project snapshot in the bucket; each model's cost is its warehouse cost (DuckDB at a configured
 * rate per second) plus its share of the orchestration, recorded in the run record.
 */
class CostHandlerTest {
  private static final String TABLE = LocalAws.newStateTable();
  private static final String BUCKET = LocalAws.newBucket();
  private static final Instant T0 = Instant.parse("2026-03-01T06:00:00Z");
  private static final String RUN = "run-20260301-060000-000";
  private static final int MEMORY_MB = 2048;

  private AwsStores stores;
  private CostHandler handler;
  private String snapshot;

  @BeforeEach
  void wire() {
    stores = LocalStores.in(TABLE, BUCKET, "cost-");
    handler = new CostHandler(CostWiring.of(stores, MEMORY_MB));
    snapshot = LocalStores.upload(BUCKET, "snapshots/shop-", project());
  }

  @Test
  void eachModelCostsItsWarehouseTimePlusItsShareOfTheOrchestration() {
    stores.state().recordRun(run(execution("stg_orders", 2_000, ModelStatus.SUCCESS),
        execution("fct_revenue", 500, ModelStatus.SUCCESS), execution("fct_skipped", 0, ModelStatus.SKIPPED)));

    JsonNode out = invoke(new CostFunctionRequest(RUN, snapshot, null, null, 1, 2));

    // Shared: 14 + 4 x 1 segment + 4 x 2 batches = 26 transitions, 6 + 2 invocations, split two ways.
    double sharedUsd = (26 * 0.000025 + 8 * 0.0000002) / 2;
    double stgOrchestration = 2.0 * 2.0 * 0.0000133334 + 0.0000002 + 0.000025 + sharedUsd;
    double stgWarehouse = 2.0 * 0.01;
    RunRecord priced = stores.state().run(RUN).orElseThrow();
    assertThat(priced.modelsExecuted().get(0).costUsd()).isCloseTo(stgWarehouse + stgOrchestration, within(1e-12));
    assertThat(priced.modelsExecuted().get(2).costUsd()).isNull();
    assertThat(out.path("models").asInt()).isEqualTo(2);
    assertThat(out.path("top_model").asText()).isEqualTo("stg_orders");
    assertThat(out.path("orchestration_cost_usd").asDouble()).isCloseTo(
        stgOrchestration + 0.5 * 2.0 * 0.0000133334 + 0.0000002 + 0.000025 + sharedUsd, within(1e-12));
    assertThat(out.path("total_cost_usd").asDouble()).isCloseTo(priced.modelsExecuted().get(0).costUsd()
        + priced.modelsExecuted().get(1).costUsd(), within(1e-12));

    JsonNode report = FunctionJson.read(stores.artifacts().get(out.path("report_key").asText()).orElseThrow(), JsonNode.class);
    assertThat(report.path("per_model")).hasSize(2);
    assertThat(report.path("per_model").get(0).path("warehouse_cost_usd").asDouble()).isCloseTo(stgWarehouse, within(1e-12));
    assertThat(report.path("per_model").get(0).path("orchestration_cost_usd").asDouble())
        .isCloseTo(stgOrchestration, within(1e-12));
  }

  @Test
  void aModelOverItsBudgetIsABreachThatFailsTheRunWhenItSaysError() {
    stores.state().recordRun(run(execution("stg_orders", 2_000, ModelStatus.SUCCESS)));

    JsonNode out = invoke(CostFunctionRequest.of(RUN, snapshot));

    assertThat(out.path("budget_breach_count").asInt()).isEqualTo(1);
    assertThat(out.path("budget_breaches").get(0).path("model").asText()).isEqualTo("stg_orders");
    assertThat(out.path("budget_breaches").get(0).path("limit_type").asText()).isEqualTo("max_duration_ms");
    assertThat(out.path("budget_breaches").get(0).path("actual").asLong()).isEqualTo(2_000);
    assertThat(out.path("fails_run").asBoolean()).isTrue();
  }

  @Test
  void aRepeatedInvocationKeepsTheRecordedCosts() {
    stores.state().recordRun(run(execution("stg_orders", 1_000, ModelStatus.SUCCESS)));
    JsonNode first = invoke(CostFunctionRequest.of(RUN, snapshot));

    JsonNode second = invoke(new CostFunctionRequest(RUN, snapshot, null, null, 3, 30));

    assertThat(second.path("total_cost_usd").asDouble()).isEqualTo(first.path("total_cost_usd").asDouble());
    assertThat(stores.state().run(RUN).orElseThrow().modelsExecuted().get(0).costUsd())
        .isEqualTo(first.path("total_cost_usd").asDouble());
  }

  @Test
  void anUnknownRunIsAUserError() {
    assertThatThrownBy(() -> invoke(CostFunctionRequest.of("run-20990101-000000-000", snapshot)))
        .isInstanceOf(RockyUserError.class).hasMessageStartingWith("RUN_NOT_FOUND: no run record for run-20990101");
  }

  @Test
  void aMissingSnapshotIsAUserError() {
    stores.state().recordRun(run(execution("stg_orders", 1_000, ModelStatus.SUCCESS)));

    assertThatThrownBy(() -> invoke(CostFunctionRequest.of(RUN, "snapshots/none.zip")))
        .isInstanceOf(RockyUserError.class).hasMessageStartingWith("SNAPSHOT_NOT_FOUND");
  }

  private JsonNode invoke(CostFunctionRequest request) {
    return FunctionJson.read(handler.invoke(FunctionJson.bytes(request), Invocation.local()), JsonNode.class);
  }

  private static RunRecord run(ModelExecution... executions) {
    return RecordedRuns.of(RUN, T0, T0.plusSeconds(5), "arn:aws:states:run", List.of(executions));
  }

  private static ModelExecution execution(String model, long ms, ModelStatus status) {
    return RecordedRuns.execution(model, T0, ms, status, status == ModelStatus.SUCCESS ? 10L : null,
        status == ModelStatus.SKIPPED ? "upstream failed" : null);
  }

  /** Three models; DuckDB priced at $0.01 a second; stg_orders may take 1 ms, or the run fails. */
  static byte[] project() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("rocky.toml", ProjectZips.rockyToml("shop", "[cost]\nduckdb_cost_per_second = 0.01\n"));
    files.put("models/stg_orders.sql", "SELECT 1 AS order_id, 9.5 AS amount\n");
    files.put("models/stg_orders.toml", ProjectZips.model("stg_orders", """
        [budget]
        max_duration_ms = 1
        on_breach = "error"
        """));
    files.put("models/fct_revenue.sql", "SELECT sum(amount) AS revenue FROM stg_orders\n");
    files.put("models/fct_revenue.toml", ProjectZips.model("fct_revenue", ""));
    files.put("models/fct_skipped.sql", "SELECT revenue FROM fct_revenue\n");
    files.put("models/fct_skipped.toml", ProjectZips.model("fct_skipped", ""));
    return ProjectZips.of(files);
  }
}
