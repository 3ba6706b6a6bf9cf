package dev.rocky.fn.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.fn.RockyUserError;
import dev.rocky.fn.compile.PrimingRun;
import dev.rocky.fn.compile.Snapshots;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gates a branch must pass before its tables replace production's, answered rather than thrown
 * (the workflow fails with the summary); a real promotion on DynamoDB Local, S3Proxy and DuckDB is
 * {@code statemachines/tests}' {@code BranchPromoteWorkflowTest}.
 */
class BranchHandlerTest {
  private final PrimingRun run = PrimingRun.recorded();
  private final DuckDbAdapter warehouse = DuckDbAdapter.inMemory();
  private final BranchHandler handler = new BranchHandler(BranchWiring.of(() -> warehouse, run.state(),
      run.artifacts(), Snapshots.of(run.artifacts()), Clock.systemUTC()));

  @AfterEach
  void close() {
    warehouse.close();
  }

  private BranchFunctionResponse invoke(BranchFunctionRequest.Step step, String branch) {
    return FunctionJson.read(handler.invoke(FunctionJson.bytes(BranchFunctionRequest.of(step, branch, run.snapshotKey())),
        Invocation.local()), BranchFunctionResponse.class);
  }

  private void branchRun(String branch, RunStatus status, String digest) {
    RunRecord p = run.state().run(run.runId()).orElseThrow();
    run.state().createBranch(new BranchRecord(branch, BranchRecord.defaultSchema(branch), null, p.startedAt(), null));
    run.state().recordRun(new RunRecord("run-20260101-000200-000", p.startedAt().plusSeconds(120),
        p.finishedAt().plusSeconds(120), status, p.modelsExecuted(), p.trigger(), p.configHash(), null,
        p.sessionSource(), null, null, null, null, "test", p.rockyVersion(), branch, digest));
  }

  @Test
  void aBranchThatDoesNotExistIsRefusedAndNothingIsPromoted() {
    BranchFunctionResponse plan = invoke(BranchFunctionRequest.Step.PLAN, "nope");
    BranchFunctionResponse promote = invoke(BranchFunctionRequest.Step.PROMOTE, "nope");

    assertThat(plan.allowed()).isFalse();
    assertThat(plan.status()).isNull();
    assertThat(plan.refusals()).extracting(BranchFunctionResponse.Refusal::code).containsExactly("branch_not_found");
    assertThat(plan.summary()).contains("no branch named 'nope'");
    assertThat(promote.status()).isEqualTo("refused");
    assertThat(promote.promotionId()).isNull();
    assertThat(run.state().promotions(10)).isEmpty();
  }

  @Test
  void aBranchBuiltFromOtherFilesIsStale() {
    branchRun("old", RunStatus.SUCCESS, "0".repeat(64));

    BranchFunctionResponse plan = invoke(BranchFunctionRequest.Step.PLAN, "old");

    assertThat(plan.refusals()).extracting(BranchFunctionResponse.Refusal::code).containsExactly("branch_stale");
    assertThat(plan.summary()).contains("rocky run --branch old");
  }

  @Test
  void aBranchWhoseLastRunFailedIsRefused() {
    branchRun("broken", RunStatus.PARTIAL_FAILURE, "0".repeat(64));

    assertThat(invoke(BranchFunctionRequest.Step.PROMOTE, "broken").refusals())
        .extracting(BranchFunctionResponse.Refusal::code).containsExactly("branch_run_failed");
  }

  @Test
  void aPayloadWithoutABranchIsAUserError() {
    byte[] payload = ("{\"step\":\"plan\",\"snapshot_key\":\"" + run.snapshotKey() + "\"}").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> handler.invoke(payload, Invocation.local())).isInstanceOf(RockyUserError.class)
        .hasMessageStartingWith("REQUEST_INVALID");
  }

  @Test
  void anAbsentSnapshotIsAUserError() {
    byte[] payload = FunctionJson.bytes(BranchFunctionRequest.of(BranchFunctionRequest.Step.PLAN, "x", "0".repeat(64)));

    assertThatThrownBy(() -> handler.invoke(payload, Invocation.local())).isInstanceOf(RockyUserError.class)
        .hasMessageStartingWith("SNAPSHOT_NOT_FOUND");
  }
}
