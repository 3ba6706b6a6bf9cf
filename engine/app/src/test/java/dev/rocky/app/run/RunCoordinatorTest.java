package dev.rocky.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.execute.RetryPolicy;
import dev.rocky.app.fixture.FailingStateStore;
import dev.rocky.app.fixture.ScriptedWarehouse;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.fixture.TickingClock;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.RunLease;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.testkit.fake.InMemoryStateStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The coordinator on a scripted warehouse and the in-memory state store. */
class RunCoordinatorTest {
  final TickingClock clock = new TickingClock(Instant.parse("2026-03-01T00:00:00Z"));
  final ScriptedWarehouse warehouse = new ScriptedWarehouse();
  final InMemoryStateStore state = new InMemoryStateStore(clock);
  final TestProject project = new TestProject()
      .model("a", new Strategy.FullRefresh(), "SELECT 1 AS x")
      .model("b", new Strategy.FullRefresh(), "SELECT 2 AS x")
      .model("c", new Strategy.FullRefresh(), "SELECT * FROM a, b", "a", "b");

  RunCoordinator coordinator(StateStore store) {
    return new RunCoordinator(new ExecuteService(warehouse, store, clock, RetryPolicy.NONE, d -> {}, () -> 0), store,
        clock);
  }

  RunOptions.Builder options() {
    return RunOptions.builder("feedfacecafebeef").hostname("unit-host");
  }

  @Test
  void theModelsOfALayerRunAtTheSameTime() {
    CyclicBarrier both = new CyclicBarrier(2);
    warehouse.onExecute = sql -> {
      if (sql.contains("TABLE \"main\".\"a\" AS") || sql.contains("TABLE \"main\".\"b\" AS")) {
        try {
          both.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
          throw new IllegalStateException("a and b did not run together", e);
        }
      }
    };

    RunOutput out = coordinator(state).run(project.plan(), project.graph(), options().parallel(2).build());

    assertThat(out.status()).as("%s", out.errors()).isEqualTo(RunStatus.SUCCESS);
    assertThat(out.execution().concurrency()).isEqualTo(2);
  }

  @Test
  void aListenerThatThrowsChangesNothing() {
    RunListener broken = new RunListener() {
      @Override
      public void runStarted(String runId, List<List<String>> layers) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void modelStarted(int layer, String model) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void modelFinished(int layer, ModelResult result) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void layerFinished(int layer, int layers) {
        throw new IllegalStateException("boom");
      }
    };

    RunOutput out = coordinator(state).run(project.plan(), project.graph(), options().build(), broken);

    assertThat(out.status()).isEqualTo(RunStatus.SUCCESS);
    assertThat(out.tablesCopied()).isEqualTo(3);
  }

  @Test
  void thePlanMustBeForTheWarehousesDialect() {
    RunPlan snowflake = new RunPlan(SqlDialect.SNOWFLAKE, List.of());
    assertThatThrownBy(() -> coordinator(state).run(snowflake, project.graph(), options().build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snowflake").hasMessageContaining("duckdb");
  }

  @Test
  void theLeaseIsRenewedAfterACommitOnceAQuarterOfItsTimeHasPassedAndReleasedAtTheEnd() {
    List<RunLease> seen = new CopyOnWriteArrayList<>();
    RunListener watch = new RunListener() {
      @Override
      public void modelFinished(int layer, ModelResult result) {
        seen.add(state.currentLease().orElseThrow());
        if (seen.size() == 1) {
          clock.advance(java.time.Duration.ofMinutes(20)); // the first model took a third of the hour's lease
        }
      }
    };

    // One model per layer, so that each result has a commit of its own.
    TestProject chain = new TestProject()
        .model("a", new Strategy.FullRefresh(), "SELECT 1 AS x")
        .model("b", new Strategy.FullRefresh(), "SELECT * FROM a", "a")
        .model("c", new Strategy.FullRefresh(), "SELECT * FROM b", "b");
    coordinator(state).run(chain.plan(), chain.graph(), options().parallel(1).build(), watch);

    assertThat(seen).hasSize(3);
    assertThat(seen).extracting(RunLease::owner).allMatch(o -> o.startsWith("unit-host:" + ProcessHandle.current().pid()
        + ":run-20260301-0000"));
    assertThat(seen.get(1).expiresAt()).isAfter(seen.get(0).expiresAt().plus(java.time.Duration.ofMinutes(19)));
    assertThat(seen.get(2).expiresAt()).as("not renewed again a moment later").isEqualTo(seen.get(1).expiresAt());
    assertThat(state.currentLease()).isEmpty();
  }

  @Test
  void aStateFailureMidRunReleasesTheLeaseAndFailsTheIdempotencyKey() {
    FailingStateStore failing = new FailingStateStore(state, "c");

    assertThatThrownBy(() -> coordinator(failing).run(project.plan(), project.graph(),
        options().idempotencyKey("k1").build())).hasMessageContaining("injected");

    assertThat(state.currentLease()).isEmpty();
    assertThat(state.idempotencyRecord("k1")).as("a failed claim is freed for a retry (dedup_on = success)").isEmpty();
    assertThat(state.recentRuns(5)).isEmpty();
  }

  @Test
  void aKeyHeldByALiveRunIsSkippedInFlight() {
    state.claimIdempotencyKey("k2", "run-20260301-000000-000", IdempotencyPolicy.DEFAULT);

    RunOutput out = coordinator(state).run(project.plan(), project.graph(), options().idempotencyKey("k2").build());

    assertThat(out.status()).isEqualTo(RunStatus.SKIPPED_IN_FLIGHT);
    assertThat(out.exitCode()).isZero();
    assertThat(out.skippedByRunId()).isEqualTo("run-20260301-000000-000");
    assertThat(warehouse.calls).isEmpty();
  }

  @Test
  void anEmptyPlanIsASuccessThatDoesNothing() {
    RunOutput out = coordinator(state).run(new RunPlan(SqlDialect.DUCKDB, List.of()), project.graph(),
        options().build());

    assertThat(out.status()).isEqualTo(RunStatus.SUCCESS);
    assertThat(state.recentRuns(1)).singleElement().satisfies(r -> assertThat(r.modelsExecuted()).isEmpty());
  }
}
