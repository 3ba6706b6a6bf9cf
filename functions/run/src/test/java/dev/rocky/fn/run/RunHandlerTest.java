package dev.rocky.fn.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.state.LeaseHeldException;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.fn.RockyExternalError;
import dev.rocky.fn.RockyFunctionError;
import dev.rocky.fn.RockyUserError;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.StoredPlan;
import dev.rocky.core.memory.MemoryArtifactStore;
import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.sql.TableName;
import dev.rocky.testkit.fake.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The run function's steps in the order a state machine calls them, against in-memory stores. The
 * plan: {@code a} and {@code d} in layer 0, {@code b} and {@code c} (both read {@code a}) in layer
 * 1, {@code e} (reads {@code b}) in layer 2.
 */
class RunHandlerTest {
  private static final String EXECUTION = "arn:aws:states:us-east-1:000000000000:execution:rocky-run:test";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));
  private final MemoryArtifactStore artifacts = new MemoryArtifactStore();
  private final MemoryStateStore state = new MemoryStateStore(clock);
  private final RunHandler handler = new RunHandler(RunWiring.of(state, artifacts, clock));
  private final String planKey = artifacts.put(FunctionJson.bytes(plan()));

  private <T extends RunAnswer> T call(String json, Class<T> answer) {
    return FunctionJson.read(handler.invoke(json.getBytes(StandardCharsets.UTF_8), Invocation.local()), answer);
  }

  private RunAnswer.Started start(String settings) {
    return call("{\"step\":\"start\",\"plan_key\":\"" + planKey + "\",\"execution\":\"" + EXECUTION
        + "\",\"settings\":" + settings + "}", RunAnswer.Started.class);
  }

  private RunAnswer.BatchPlan batch(String runId, int position, String settings) {
    return call("{\"step\":\"batch\",\"plan_key\":\"" + planKey + "\",\"run_id\":\"" + runId + "\",\"segment\":0,"
        + "\"position\":" + position + ",\"settings\":" + settings + "}", RunAnswer.BatchPlan.class);
  }

  private void succeed(String runId, String model) {
    state.commitModelResult(ModelCommit.of(runId, new ModelExecution(model, clock.instant(), clock.instant(), 1, 1L,
        null, null, ModelStatus.SUCCESS, "0123456789abcdef", null, List.of())));
  }

  @Test
  void aFailedModelsDownstreamIsSkippedAndTheRunRecordedAsAPartialFailure() {
    String settings = "{\"trigger\":\"Schedule\",\"idempotency_key\":\"nightly-0302\",\"batch_size\":2,\"snapshot_key\":\"x\"}";
    RunAnswer.Started started = start(settings);
    assertThat(started.runId()).isEqualTo("run-20260302-120000-000");
    assertThat(started).extracting(RunAnswer.Started::models, RunAnswer.Started::batches, RunAnswer.Started::segments,
        RunAnswer.Started::parallel).containsExactly(5, 3, 1, 4);
    assertThat(state.currentLease()).hasValueSatisfying(l -> assertThat(l.owner()).isEqualTo("stepfunctions/" + started.runId()));

    RunAnswer.BatchPlan first = batch(started.runId(), 0, settings);
    assertThat(first).isEqualTo(new RunAnswer.BatchPlan(0, List.of(0, 1), 0, true, 1));
    RunAnswer.FailureRecorded recorded = call("{\"step\":\"model_failed\",\"plan_key\":\"" + planKey + "\",\"run_id\":\""
        + started.runId() + "\",\"layer\":0,\"index\":0,\"error\":{\"Error\":\"dev.rocky.fn.RockyUserError\","
        + "\"Cause\":\"{\\\"errorType\\\":\\\"dev.rocky.fn.RockyUserError\\\",\\\"errorMessage\\\":\\\"MODEL_NOT_IN_PLAN: gone\\\"}\"}}",
        RunAnswer.FailureRecorded.class);
    assertThat(recorded).isEqualTo(new RunAnswer.FailureRecorded("a", ModelStatus.FAILED));
    succeed(started.runId(), "d");

    assertThat(batch(started.runId(), 1, settings)).isEqualTo(new RunAnswer.BatchPlan(1, List.of(), 2, true, 2));
    assertThat(batch(started.runId(), 2, settings)).isEqualTo(new RunAnswer.BatchPlan(2, List.of(), 1, false, 3));

    RunAnswer.Finished finished = call("{\"step\":\"finish\",\"plan_key\":\"" + planKey + "\",\"run_id\":\""
        + started.runId() + "\",\"started_at\":\"" + started.startedAt() + "\",\"config_hash\":\"00000000000000aa\","
        + "\"execution\":\"" + EXECUTION + "\",\"settings\":" + settings + "}", RunAnswer.Finished.class);

    assertThat(finished.status()).isEqualTo(RunStatus.PARTIAL_FAILURE);
    assertThat(finished.summary()).contains("1 of 5 models succeeded, 1 failed, 3 skipped");
    RunRecord record = state.run(started.runId()).orElseThrow();
    assertThat(record.status()).isEqualTo(RunStatus.PARTIAL_FAILURE);
    assertThat(record.trigger()).isEqualTo(RunTrigger.SCHEDULE);
    assertThat(record.hostname()).isEqualTo(EXECUTION);
    assertThat(record.configHash()).isEqualTo("00000000000000aa");
    Map<String, String> messages = new HashMap<>();
    record.modelsExecuted().forEach(e -> messages.put(e.modelName(), e.status() + " " + e.error()));
    assertThat(messages).containsExactlyInAnyOrderEntriesOf(Map.of(
        "a", "FAILED the execute function failed: dev.rocky.fn.RockyUserError: MODEL_NOT_IN_PLAN: gone",
        "d", "SUCCESS null",
        "b", "SKIPPED upstream 'a' failed",
        "c", "SKIPPED upstream 'a' failed",
        "e", "SKIPPED upstream 'a' failed (through 'b')"));
    assertThat(state.currentLease()).isEmpty();
    // A run that did not succeed frees its key (dedup on success), as rocky run does.
    assertThat(state.idempotencyRecord("nightly-0302")).isEmpty();
  }

  @Test
  void aBranchRunCreatesItsBranchAndRecordsItWithTheProjectDigest() {
    StoredPlan production = plan();
    String branchPlan = artifacts.put(FunctionJson.bytes(new StoredPlan(StoredPlan.FORMAT, "duckdb", production.layers(),
        production.upstream(), production.sqlFiles(), "pr_9", "ab".repeat(32))));
    String settings = "{\"triggering_identity\":\"alice\"}";
    RunAnswer.Started started = call("{\"step\":\"start\",\"plan_key\":\"" + branchPlan + "\",\"execution\":\""
        + EXECUTION + "\",\"settings\":" + settings + "}", RunAnswer.Started.class);

    assertThat(state.branch("pr_9")).hasValueSatisfying(b -> {
      assertThat(b.schemaPrefix()).isEqualTo("branch__pr_9");
      assertThat(b.createdBy()).isEqualTo("alice");
    });
    call("{\"step\":\"finish\",\"plan_key\":\"" + branchPlan + "\",\"run_id\":\"" + started.runId()
        + "\",\"started_at\":\"" + started.startedAt() + "\",\"config_hash\":\"00000000000000aa\",\"execution\":\""
        + EXECUTION + "\",\"settings\":" + settings + "}", RunAnswer.Finished.class);
    RunRecord record = state.run(started.runId()).orElseThrow();
    assertThat(record.branch()).isEqualTo("pr_9");
    assertThat(record.projectDigest()).isEqualTo("ab".repeat(32));

    RunAnswer.Started again = call("{\"step\":\"start\",\"plan_key\":\"" + branchPlan + "\",\"execution\":\""
        + EXECUTION + "\",\"settings\":{}}", RunAnswer.Started.class);
    assertThat(again.runId()).as("a second run finds the branch").isNotNull();
    assertThat(state.branches()).hasSize(1);
  }

  @Test
  void aSuccessAlreadyCommittedIsNotOverwrittenByARecordedFailure() {
    RunAnswer.Started started = start("{}");
    succeed(started.runId(), "a");

    RunAnswer.FailureRecorded recorded = call("{\"step\":\"model_failed\",\"plan_key\":\"" + planKey + "\",\"run_id\":\""
        + started.runId() + "\",\"layer\":0,\"index\":0,\"error\":{\"Error\":\"States.Timeout\",\"Cause\":null}}",
        RunAnswer.FailureRecorded.class);

    assertThat(recorded.status()).isEqualTo(ModelStatus.SUCCESS);
    assertThat(state.modelExecutions(started.runId())).singleElement().satisfies(e -> assertThat(e.succeeded()).isTrue());
  }

  @Test
  void aSecondRunWithTheKeyOfASuccessIsDeflectedAndALiveLeaseRefusesAThird() {
    String settings = "{\"idempotency_key\":\"k1\"}";
    RunAnswer.Started first = start(settings);
    for (String m : List.of("a", "d", "b", "c", "e")) {
      succeed(first.runId(), m);
    }
    RunAnswer.Finished finished = call("{\"step\":\"finish\",\"plan_key\":\"" + planKey + "\",\"run_id\":\""
        + first.runId() + "\",\"started_at\":\"" + first.startedAt() + "\",\"config_hash\":\"00000000000000aa\","
        + "\"execution\":\"" + EXECUTION + "\",\"settings\":" + settings + "}", RunAnswer.Finished.class);
    assertThat(finished.status()).isEqualTo(RunStatus.SUCCESS);
    clock.advance(Duration.ofSeconds(5));

    RunAnswer.Started second = start(settings);

    assertThat(second.deflected()).isEqualTo(RunStatus.SKIPPED_IDEMPOTENT);
    assertThat(second.byRunId()).isEqualTo(first.runId());
    assertThat(second.segments()).isZero();
    assertThat(state.currentLease()).isEmpty();

    state.acquireLease("laptop:42:run-x", Duration.ofHours(1));
    assertThatThrownBy(() -> start("{}")).isInstanceOfSatisfying(RockyExternalError.class,
        e -> assertThat(e.code()).isEqualTo(new LeaseHeldException(state.currentLease().orElseThrow()).code().name()));
  }

  @Test
  void anAbortedRunRecordsNothingAndReleasesItsLeaseAndKey() {
    String settings = "{\"idempotency_key\":\"k2\"}";
    RunAnswer.Started started = start(settings);

    RunAnswer.Aborted aborted = call("{\"step\":\"abort\",\"plan_key\":\"" + planKey + "\",\"run_id\":\""
        + started.runId() + "\",\"settings\":" + settings + "}", RunAnswer.Aborted.class);

    assertThat(aborted.executed()).isZero();
    assertThat(state.run(started.runId())).isEmpty();
    assertThat(state.currentLease()).isEmpty();
    assertThat(state.idempotencyRecord("k2")).isEmpty();
  }

  @Test
  void badPayloadsAreTheCallersError() {
    assertThatThrownBy(() -> call("{\"step\":\"explode\"}", RunAnswer.Started.class))
        .isInstanceOfSatisfying(RockyUserError.class, e -> assertThat(e.code()).isEqualTo("REQUEST_INVALID"));
    assertThatThrownBy(() -> start("{\"parallel\":0}"))
        .isInstanceOfSatisfying(RockyUserError.class, e -> assertThat(e.code()).isEqualTo("REQUEST_INVALID"));
    RunAnswer.Started started = start("{}");
    assertThatThrownBy(() -> batch(started.runId(), 7, "{}"))
        .isInstanceOfSatisfying(RockyFunctionError.class, e -> assertThat(e.getMessage()).contains("no batch 7"));
  }

  @Test
  void primingRunsAWholeRunInMemory() {
    List<RunAnswer> answers = RunPriming.run();

    assertThat(answers).hasSize(5);
    assertThat(answers.get(4)).isInstanceOfSatisfying(RunAnswer.Finished.class,
        f -> assertThat(f.status()).isEqualTo(RunStatus.FAILURE));
    assertThat(answers.get(3)).isInstanceOfSatisfying(RunAnswer.BatchPlan.class, b -> assertThat(b.skipped()).isEqualTo(1));
  }

  private static StoredPlan plan() {
    return new StoredPlan(StoredPlan.FORMAT, "duckdb", List.of(List.of(step("a"), step("d")), List.of(step("b"), step("c")),
        List.of(step("e"))), Map.of("b", List.of("a"), "c", List.of("a"), "e", List.of("b")),
        Map.of());
  }

  private static ModelStep step(String name) {
    return new ModelStep(name, new Strategy.FullRefresh(), new TableName(null, "main", name), "SELECT 1 AS x",
        ModelSchema.unknown(name), List.of());
  }
}
