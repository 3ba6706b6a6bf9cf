package dev.rocky.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rocky.app.execute.ErrorClass;
import dev.rocky.app.execute.ModelError;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.AttemptRecord;
import dev.rocky.core.run.FailureClass;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunStatus;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run output is Rocky's JSON shape, written by any plain Jackson mapper. */
class RunOutputJsonTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  final TestProject project = new TestProject()
      .model("stg", new Strategy.Incremental("ts"), "SELECT 1 AS id, TIMESTAMP '2026-01-01' AS ts")
      .schema("stg", "id:Int32", "ts:Timestamp")
      .model("bad", new Strategy.FullRefresh(), "SELECT 1", "stg")
      .model("after", new Strategy.FullRefresh(), "SELECT 1", "bad");
  final RunPlan plan = project.plan();

  RunOutput output() {
    ModelStep stg = plan.step("stg").orElseThrow();
    ModelResult ok = new ModelResult("stg", "incremental", stg.target(), ModelStatus.SUCCESS, T0, T0.plusMillis(1500),
        500L, null, null, "00112233aabbccdd", Instant.parse("2026-01-01T08:20:00Z"), null,
        List.of(new AttemptRecord(1, ModelStatus.FAILED, FailureClass.TRANSIENT, "transient", "conflict", 75L, 3),
            AttemptRecord.succeeded(2, 9)), List.of(), List.of(), List.of(), null, null);
    ModelStep badStep = plan.step("bad").orElseThrow();
    ModelResult bad = new ModelResult("bad", "full_refresh", badStep.target(), ModelStatus.FAILED, T0, T0, null, null,
        null, "ffeeddccbbaa9988", null, null, List.of(AttemptRecord.succeeded(1, 1)), List.of(), List.of(), List.of(),
        new ModelError("Division by zero", "models/bad.sql", FailureKind.QUERY_REJECTED, ErrorClass.USER, "X"), null);
    ModelResult after = ModelResult.skipped(plan.step("after").orElseThrow(), "upstream 'bad' failed", T0);
    RunOptions options = RunOptions.builder("0123456789abcdef").hostname("h").filter("+after").build();
    return RunOutputs.of("run-20260301-100000-000", RunStatus.PARTIAL_FAILURE, 2000, plan,
        new RunOutputs.Executed(List.of(ok, bad, after), Map.of("after", "bad")), options);
  }

  @Test
  void everyFieldRockysRunSchemaRequiresIsThere() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(output()));

    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertThat(names).contains("anomalies", "check_results", "command", "drift", "duration_ms", "errors", "execution",
        "filter", "interrupted", "materializations", "partition_summaries", "permissions", "quarantine", "shadow",
        "status", "tables_copied", "tables_failed", "tables_skipped", "version");
    assertThat(names).doesNotContain("exit_code", "exitCode", "skipped_by_run_id", "idempotency_key");
    assertThat(json.get("version").asText()).isEqualTo(RockyVersion.get());
    assertThat(json.get("command").asText()).isEqualTo("run");
    assertThat(json.get("status").asText()).isEqualTo("PartialFailure");
    assertThat(json.get("filter").asText()).isEqualTo("+after");
    assertThat(json.get("check_results").isEmpty()).isTrue();
    assertThat(json.at("/execution/concurrency").asInt()).isEqualTo(4);
    assertThat(json.at("/execution/tables_processed").asInt()).isEqualTo(2);
    assertThat(json.at("/permissions/schemas_created").asInt()).isZero();
    assertThat(json.at("/drift/actions_taken").isArray()).isTrue();
  }

  @Test
  void materializationsErrorsAndContainmentUseRockysNames() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(output()));

    JsonNode m = json.at("/materializations/0");
    assertThat(m.get("asset_key").toString()).isEqualTo("[\"main\",\"stg\"]");
    assertThat(m.get("rows_copied").asLong()).isEqualTo(500);
    assertThat(m.get("duration_ms").asLong()).isEqualTo(1500);
    assertThat(m.get("started_at").asText()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(m.at("/metadata/strategy").asText()).isEqualTo("incremental");
    assertThat(m.at("/metadata/watermark").asText()).isEqualTo("2026-01-01T08:20:00Z");
    assertThat(m.at("/metadata/target_table_full_name").asText()).isEqualTo("main.stg");
    assertThat(m.at("/metadata/sql_hash").asText()).isEqualTo("00112233aabbccdd");
    assertThat(m.at("/metadata/column_count").asInt()).isEqualTo(2);
    assertThat(m.has("cost_usd")).isFalse();
    assertThat(m.at("/attempts/0/failure_class").asText()).isEqualTo("transient");
    assertThat(m.at("/attempts/0/backoff_ms").asLong()).isEqualTo(75);
    assertThat(json.get("materializations").size()).isEqualTo(1);

    assertThat(json.at("/errors/0/asset_key").toString()).isEqualTo("[\"main\",\"bad\"]");
    assertThat(json.at("/errors/0/error").asText()).isEqualTo("models/bad.sql: Division by zero");
    assertThat(json.at("/errors/0/failure_kind").asText()).isEqualTo("query-rejected");
    assertThat(json.at("/contained/0/model").asText()).isEqualTo("after");
    assertThat(json.at("/contained/0/blocked_by").asText()).isEqualTo("bad");
    assertThat(json.at("/model_decisions/2/decision").asText()).isEqualTo("skip");
    assertThat(json.at("/model_decisions/2/reason").asText()).isEqualTo("upstream 'bad' failed");
  }

  @Test
  void exitCodesFollowRocky() {
    RunOptions o = RunOptions.builder("0123456789abcdef").hostname("h").build();
    assertThat(RunOutputs.skipped(RunStatus.SKIPPED_IDEMPOTENT, "run-x", o, 1).exitCode()).isZero();
    assertThat(output().exitCode()).isEqualTo(2);
    RunOutputs.Executed none = new RunOutputs.Executed(List.of(), Map.of());
    assertThat(RunOutputs.of("r", RunStatus.SUCCESS, 1, plan, none, o).exitCode()).isZero();
    assertThat(RunOutputs.of("r", RunStatus.FAILURE, 1, plan, none, o).exitCode()).isEqualTo(1);
  }

  @Test
  void anIdempotentSkipNamesTheEarlierRun() throws Exception {
    RunOptions o = RunOptions.builder("0123456789abcdef").hostname("h").idempotencyKey("k").build();
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(
        RunOutputs.skipped(RunStatus.SKIPPED_IDEMPOTENT, "run-20260301-000000-000", o, 3)));
    assertThat(json.get("status").asText()).isEqualTo("SkippedIdempotent");
    assertThat(json.get("skipped_by_run_id").asText()).isEqualTo("run-20260301-000000-000");
    assertThat(json.get("idempotency_key").asText()).isEqualTo("k");
  }
}
