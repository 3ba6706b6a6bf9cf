package dev.rocky.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.fn.RockyTransientError;
import dev.rocky.fn.RockyUserError;
import dev.rocky.fn.cost.CostHandler;
import dev.rocky.fn.cost.CostWiring;
import dev.rocky.fn.support.Invocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run.asl.json} (with {@code run-segment.asl.json}) in aws-local-stepfunctions, every Task
 * calling the real handlers against DynamoDB Local, S3Proxy and a DuckDB file ({@link Shop}'s six
 * models). Retries wait as the definition says: exponential backoff with full jitter.
 */
class RunWorkflowTest {
  @TempDir Path dir;

  /** The execute function's answers for {@code model} (its errors name no model). */
  private static List<String> answersFor(Deployment aws, String model) {
    return aws.bridge.calls("execute").stream().map(LambdaBridge.Call::response)
        .filter(r -> r.contains("\"model\":\"" + model + "\"")).toList();
  }

  private static Map<String, String> statuses(RunRecord record) {
    return record.modelsExecuted().stream().collect(Collectors.toMap(ModelExecution::modelName, e -> e.status().name()));
  }

  @Test
  void everyModelSucceeds() {
    try (Deployment aws = new Deployment(dir)) {
      Shop.seed(aws.warehouse, false);
      String snapshot = aws.upload("snapshots/shop.zip", Shop.zip(Shop.files()));

      Execution run = aws.run("run.asl.json", Map.of("snapshot_key", snapshot, "trigger", "Schedule"));

      assertThat(run.succeeded()).as(run.toString()).isTrue();
      assertThat(run.output().path("status").asText()).isEqualTo("Success");
      RunRecord record = aws.stores.state().run(run.output().path("run_id").asText()).orElseThrow();
      assertThat(record.status()).isEqualTo(RunStatus.SUCCESS);
      assertThat(record.trigger().name()).isEqualTo("SCHEDULE");
      assertThat(statuses(record)).hasSize(6).allSatisfy((m, s) -> assertThat(s).isEqualTo("SUCCESS"));
      assertThat(aws.warehouse.query("SELECT count(*) FROM main.rpt_order_health").single()).isEqualTo(3L);
      assertThat(aws.bridge.calls("execute")).filteredOn(c -> c.response().contains("\"status\":\"success\"")).hasSize(6);
      assertThat(run.calls("cost") + run.calls("govern")).isEqualTo(3);
      assertThat(run.output().path("post_run_errors").isEmpty()).as(run.output().toString()).isTrue();
      // Cost: each model's warehouse plus orchestration cost, in the run record and the output.
      RunRecord priced = aws.stores.state().run(record.runId()).orElseThrow();
      assertThat(priced.modelsExecuted()).allSatisfy(e -> assertThat(e.costUsd()).isNotNull().isPositive());
      JsonNode cost = run.output().path("cost");
      assertThat(cost.path("models").asInt()).isEqualTo(6);
      assertThat(cost.path("orchestration_cost_usd").asDouble()).isPositive();
      assertThat(cost.path("total_cost_usd").asDouble()).isCloseTo(
          priced.modelsExecuted().stream().mapToDouble(ModelExecution::costUsd).sum(), within(1e-9));
      assertThat(aws.stores.artifacts().get(cost.path("report_key").asText())).isPresent();
      // Governance: the compliance of the six models built (the shop classifies nothing).
      JsonNode compliance = run.output().path("compliance");
      assertThat(compliance.path("compliant").asBoolean()).isTrue();
      assertThat(compliance.path("total_exceptions").asInt()).isZero();
      // The catalog site, in the bucket under the deployment's prefix, showing this run.
      assertThat(run.output().path("catalog").path("home_key").asText())
          .isEqualTo(aws.catalogPrefix + "index.html");
      assertThat(aws.catalogFile("index.html")).hasValueSatisfying(home -> assertThat(home).contains(record.runId()));
      assertThat(aws.catalogFile("runs/" + record.runId() + ".html")).isPresent();
      assertThat(aws.stores.state().currentLease()).isEmpty();
    }
  }

  @Test
  void theStepsAfterTheModelsRetryTransientErrorsOnlyAndTheirFailuresLeaveTheRunStanding() {
    try (Deployment aws = new Deployment(dir)) {
      Shop.seed(aws.warehouse, false);
      String snapshot = aws.upload("snapshots/shop.zip", Shop.zip(Shop.files()));
      CostHandler cost = new CostHandler(CostWiring.of(aws.stores, Deployment.EXECUTE_MEMORY_MB));
      AtomicInteger costCalls = new AtomicInteger();
      aws.bridge.register("cost", payload -> {
        if (costCalls.incrementAndGet() == 1) {
          throw new RockyTransientError("STATE_BUSY", "STATE_BUSY: the state table is throttling", null);
        }
        return cost.invoke(payload, Invocation.local());
      });
      aws.bridge.register("govern", payload -> {
        throw new RockyUserError("SNAPSHOT_NOT_FOUND", "SNAPSHOT_NOT_FOUND: no project snapshot at s3://bucket/x", null);
      });

      Execution run = aws.run("run.asl.json", Map.of("snapshot_key", snapshot));

      assertThat(run.succeeded()).as(run.toString()).isTrue();
      assertThat(run.retries("Cost")).isEqualTo(1);
      assertThat(run.output().path("cost").path("models").asInt()).isEqualTo(6);
      assertThat(run.retries("Govern") + run.retries("PublishCatalog")).as("a user error is not retried").isZero();
      JsonNode errors = run.output().path("post_run_errors");
      assertThat(errors.path("govern").path("Error").asText()).isEqualTo("dev.rocky.fn.RockyUserError");
      assertThat(errors.path("catalog").path("Error").asText()).isEqualTo("dev.rocky.fn.RockyUserError");
      assertThat(errors.has("cost")).isFalse();
      assertThat(run.output().path("compliance").isEmpty()).isTrue();
      assertThat(aws.stores.state().run(run.output().path("run_id").asText()).orElseThrow().status())
          .isEqualTo(RunStatus.SUCCESS);
    }
  }

  @Test
  void aPermanentFailureSkipsItsDownstreamAndTheSiblingsAreBuilt() {
    try (Deployment aws = new Deployment(dir)) {
      Shop.seed(aws.warehouse, true);
      String snapshot = aws.upload("snapshots/shop.zip", Shop.zip(Shop.files()));

      Execution run = aws.run("run.asl.json", Map.of("snapshot_key", snapshot));

      assertThat(run.status()).as(run.toString()).isEqualTo("FAILED");
      assertThat(run.error()).isEqualTo("Rocky.PartialFailure");
      assertThat(run.cause()).contains("PartialFailure, 3 of 6 models succeeded, 1 failed, 2 skipped");
      RunRecord record = aws.stores.state().run(run.cause().substring(0, run.cause().indexOf(':'))).orElseThrow();
      assertThat(record.status()).isEqualTo(RunStatus.PARTIAL_FAILURE);
      assertThat(statuses(record)).containsExactlyInAnyOrderEntriesOf(Map.of("stg_orders", "SUCCESS",
          "stg_customers", "SUCCESS", "fct_revenue_by_country", "SUCCESS", "stg_payments", "FAILED",
          "fct_payments_by_order", "SKIPPED", "rpt_order_health", "SKIPPED"));
      assertThat(record.modelsExecuted()).filteredOn(e -> e.modelName().equals("rpt_order_health")).singleElement()
          .satisfies(e -> assertThat(e.error()).isEqualTo("upstream 'stg_payments' failed (through 'fct_payments_by_order')"));
      // The failed model was answered once (a failed model is not retried); the skipped ones never reached the function.
      assertThat(answersFor(aws, "stg_payments")).singleElement().satisfies(r -> assertThat(r).contains("\"status\":\"failed\""));
      assertThat(answersFor(aws, "fct_payments_by_order")).isEmpty();
      assertThat(answersFor(aws, "rpt_order_health")).isEmpty();
      assertThat(aws.warehouse.query("SELECT count(*) FROM main.fct_revenue_by_country").single()).isEqualTo(2L);
      assertThat(aws.warehouse.tableExists(new TargetRef(null, "main", "rpt_order_health"))).isFalse();
      assertThat(run.calls("cost")).as("cost, govern and the catalog run after a partial failure too").isEqualTo(1);
      assertThat(run.calls("govern")).isEqualTo(2);
      RunRecord priced = aws.stores.state().run(record.runId()).orElseThrow();
      assertThat(priced.modelsExecuted()).allSatisfy(e -> assertThat(e.costUsd() == null)
          .as(e.modelName()).isEqualTo(e.status() == ModelStatus.SKIPPED));
      assertThat(aws.catalogFile("index.html")).isPresent();
    }
  }

  @Test
  void aTransientFailureIsRetriedWithBackoffAndTheRunSucceeds() {
    try (Deployment aws = new Deployment(dir, state -> new FlakyStateStore(state, "stg_orders", 2), w -> w)) {
      Shop.seed(aws.warehouse, false);
      String snapshot = aws.upload("snapshots/shop.zip", Shop.zip(Shop.files()));

      Execution run = aws.run("run.asl.json", Map.of("snapshot_key", snapshot));

      assertThat(run.succeeded()).as(run.toString()).isTrue();
      assertThat(run.output().path("status").asText()).isEqualTo("Success");
      // Two invocations failed with RockyTransientError (the throttled claim); the state machine retried them.
      assertThat(aws.bridge.calls("execute")).filteredOn(c -> c.response().contains("injected: the state table is throttled"))
          .hasSize(2).allSatisfy(c -> assertThat(c.response()).contains("dev.rocky.fn.RockyTransientError"));
      assertThat(run.retries("ExecuteModel")).isGreaterThanOrEqualTo(2);
      assertThat(answersFor(aws, "stg_orders")).singleElement().satisfies(r -> assertThat(r).contains("\"status\":\"success\""));
      RunRecord record = aws.stores.state().run(run.output().path("run_id").asText()).orElseThrow();
      assertThat(statuses(record)).hasSize(6).allSatisfy((m, s) -> assertThat(s).isEqualTo("SUCCESS"));
    }
  }

  @Test
  void compileErrorsStopTheRunBeforeAnythingIsExecuted() {
    try (Deployment aws = new Deployment(dir)) {
      Shop.seed(aws.warehouse, false);
      String snapshot = aws.upload("snapshots/broken.zip", Shop.zip(Shop.withCompileError()));

      Execution run = aws.run("run.asl.json", Map.of("snapshot_key", snapshot));

      assertThat(run.status()).isEqualTo("FAILED");
      assertThat(run.error()).isEqualTo("Rocky.CompileErrors");
      assertThat(run.cause()).contains("compile error(s); nothing was run").contains("artifact ");
      assertThat(run.calls("compile")).isEqualTo(1);
      assertThat(run.calls("run") + run.calls("execute") + run.calls("cost")).isZero();
      assertThat(aws.stores.state().recentRuns(10)).isEmpty();
      assertThat(aws.stores.state().currentLease()).isEmpty();
    }
  }

  @Test
  void aSecondRunWithTheIdempotencyKeyOfASuccessDoesNothing() {
    try (Deployment aws = new Deployment(dir)) {
      Shop.seed(aws.warehouse, false);
      String snapshot = aws.upload("snapshots/shop.zip", Shop.zip(Shop.files()));
      Map<String, Object> input = Map.of("snapshot_key", snapshot, "idempotency_key", "nightly-2026-03-02");
      Execution first = aws.run("run.asl.json", input);
      assertThat(first.succeeded()).as(first.toString()).isTrue();

      Execution second = aws.run("run.asl.json", input);

      assertThat(second.succeeded()).as(second.toString()).isTrue();
      assertThat(second.output().path("status").asText()).isEqualTo("SkippedIdempotent");
      assertThat(second.output().path("by_run_id").asText()).isEqualTo(first.output().path("run_id").asText());
      assertThat(second.calls("execute")).isZero();
      assertThat(aws.stores.state().recentRuns(10)).hasSize(1);
    }
  }
}
