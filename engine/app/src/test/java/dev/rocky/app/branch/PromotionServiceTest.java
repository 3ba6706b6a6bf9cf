package dev.rocky.app.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.config.GovernanceSections;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunIds;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import dev.rocky.core.state.Watermark;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import dev.rocky.testkit.contract.StateFixtures;
import dev.rocky.testkit.fake.InMemoryArtifactStore;
import dev.rocky.testkit.fake.InMemoryStateStore;
import dev.rocky.testkit.fake.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The promotion service on a warehouse with zero-copy clones, the state store a fake. */
class PromotionServiceTest {
  private static final Instant T0 = StateFixtures.T0;
  private static final String DIGEST = "d".repeat(64);
  private final InMemoryStateStore state = new InMemoryStateStore();
  private final CloningWarehouse warehouse = new CloningWarehouse(DuckDbAdapter.inMemory());
  private final MutableClock clock = new MutableClock(T0.plusSeconds(3600));

  @AfterEach
  void close() {
    warehouse.close();
  }

  private static Model model(String name, Strategy strategy) {
    ModelConfig config = new ModelConfig(List.of(), null, null, strategy, new TargetRef(null, "main", name), null,
        Map.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of());
    return new Model(name, "models/" + name + ".sql", "SELECT 1", null, config);
  }

  private static final Map<String, Model> MODELS = Map.of("fct", model("fct", new Strategy.FullRefresh()),
      "inc", model("inc", new Strategy.Incremental("ts")));

  private void branchRun(RunStatus status, String digest) {
    List<ModelExecution> executions = List.of(StateFixtures.succeeded("fct", T0), StateFixtures.succeeded("inc", T0));
    state.recordRun(new RunRecord(RunIds.of(T0), T0, T0.plusSeconds(1), status, executions, RunTrigger.MANUAL,
        "0000000000000000", "alice", SessionSource.CLI, null, null, null, null, "host", "0.1.0", "fix", digest));
  }

  private PromotionRequest request(boolean approvalRequired) {
    return new PromotionRequest("fix", new ProjectDigest(DIGEST, Map.of()), LineageGraph.empty(), MODELS,
        TargetResolver.of(SqlDialect.DUCKDB), Map.of(), new GovernanceSections.Approval(approvalRequired, 1, List.of(), 86400L),
        List.of(), false, "bob", "abc123");
  }

  private PromotionService service() {
    return new PromotionService(state, new InMemoryArtifactStore(), warehouse, clock);
  }

  @Test
  void clonesTheBranchTablesOverProductionAndMovesTheWatermark() {
    warehouse.execute("CREATE SCHEMA branch__fix");
    warehouse.execute("CREATE TABLE main.fct AS SELECT 1 AS v");
    warehouse.execute("CREATE TABLE branch__fix.fct AS SELECT 2 AS v");
    warehouse.execute("CREATE TABLE branch__fix.inc AS SELECT 3 AS v");
    state.createBranch(new BranchRecord("fix", "branch__fix", "alice", T0, null));
    branchRun(RunStatus.SUCCESS, DIGEST);
    Watermark branchMark = new Watermark(Instant.parse("2026-02-02T00:00:00Z"), T0);
    state.advanceWatermark("branch__fix.inc", branchMark);
    state.advanceWatermark("main.inc", new Watermark(Instant.parse("2026-01-01T00:00:00Z"), T0));

    PromotionOutcome outcome = service().promote(request(false));

    assertThat(outcome.status()).isEqualTo("promoted");
    assertThat(warehouse.clones).containsExactly("branch__fix.fct -> main.fct", "branch__fix.inc -> main.inc");
    assertThat(outcome.plan().tables()).extracting(t -> t.method()).containsOnly("clone");
    assertThat(warehouse.query("SELECT v FROM main.fct").single()).isEqualTo(2);
    assertThat(state.watermark("main.inc")).contains(branchMark);
    assertThat(state.promotions(10)).singleElement().satisfies(p -> {
      assertThat(p.promotedBy()).isEqualTo("bob");
      assertThat(p.gitCommit()).isEqualTo("abc123");
      assertThat(p.branchRunId()).isEqualTo(RunIds.of(T0));
      assertThat(p.promotionId()).startsWith("promote-");
    });
  }

  @Test
  void refusesWithoutApprovalsAndChangesNothing() {
    state.createBranch(new BranchRecord("fix", "branch__fix", "alice", T0, null));
    branchRun(RunStatus.SUCCESS, DIGEST);

    PromotionOutcome outcome = service().promote(request(true));

    assertThat(outcome.status()).isEqualTo("refused");
    assertThat(outcome.plan().refusals()).extracting(PromotionPlan.Refusal::code).containsExactly("approval_required");
    assertThat(warehouse.clones).isEmpty();
    assertThat(state.promotions(10)).isEmpty();
  }

  @Test
  void refusesABranchThatIsMissingNeverRanFailedOrIsStale() {
    assertThatThrownBy(() -> service().plan(request(false))).isInstanceOfSatisfying(BranchException.class,
        e -> assertThat(e.code()).isEqualTo(BranchErrorCode.BRANCH_NOT_FOUND));
    state.createBranch(new BranchRecord("fix", "branch__fix", "alice", T0, null));
    assertThatThrownBy(() -> service().plan(request(false))).isInstanceOfSatisfying(BranchException.class,
        e -> assertThat(e.code()).isEqualTo(BranchErrorCode.BRANCH_NOT_RUN));
    branchRun(RunStatus.PARTIAL_FAILURE, DIGEST);
    assertThatThrownBy(() -> service().plan(request(false))).isInstanceOfSatisfying(BranchException.class,
        e -> assertThat(e.code()).isEqualTo(BranchErrorCode.BRANCH_RUN_FAILED));
    branchRun(RunStatus.SUCCESS, "e".repeat(64));
    assertThatThrownBy(() -> service().plan(request(false))).isInstanceOfSatisfying(BranchException.class,
        e -> assertThat(e.code()).isEqualTo(BranchErrorCode.BRANCH_STALE));
  }
}
