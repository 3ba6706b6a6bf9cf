package dev.rocky.app.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.app.fixture.RunHarness;
import dev.rocky.app.fixture.Seeds;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.run.RunCoordinator;
import dev.rocky.app.run.RunListener;
import dev.rocky.app.run.RunOutput;
import dev.rocky.compiler.cost.LimitType;
import dev.rocky.compiler.cost.ModelBudgets;
import dev.rocky.core.config.CostSections.Budget;
import dev.rocky.core.config.CostSections.Cost;
import dev.rocky.core.config.CostSections.OnBreach;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on DuckDB with the SQLite state store, priced: what is recorded, what the output says. */
class CostedRunTest {
  /** One dollar per DuckDB second, so that a model's cost is its duration in seconds. */
  static final CostModel DOLLAR_A_SECOND = CostModel.of("duckdb", new Cost(null, null, null, null, null, 1.0));

  @TempDir Path dir;
  RunHarness h;
  final TestProject project = new TestProject("analytics")
      .model("events_copy", new Strategy.FullRefresh(), "SELECT id, ts, v FROM raw.events")
      .model("events_by_id", new Strategy.DeleteInsert(List.of("id")), "SELECT id, v FROM raw.events WHERE id > 100")
      .model("events_view", new Strategy.View(), "SELECT id FROM raw.events");

  @BeforeEach
  void open() {
    h = RunHarness.open(dir);
    Seeds.events(h, 500);
  }

  @AfterEach
  void close() {
    h.close();
  }

  RunOutput run(ModelBudgets budgets) {
    CostService cost = new CostService(DOLLAR_A_SECOND, budgets);
    return new RunCoordinator(h.executeService(), h.state(), h.clock(), cost)
        .run(project.plan(), project.graph(), h.options(project).partitions(PartitionOptions.LATEST).build(),
            RunListener.NONE);
  }

  @Test
  void everyExecutionIsRecordedWithItsTimeBytesAndCost() {
    RunOutput first = RunHarness.succeeded(run(ModelBudgets.NONE));
    RunOutput second = RunHarness.succeeded(run(ModelBudgets.NONE));

    RunRecord recorded = h.state().run(second.runId()).orElseThrow();
    for (ModelExecution e : recorded.modelsExecuted()) {
      assertThat(e.costUsd()).as(e.modelName()).isCloseTo(e.durationMs() / 1000.0, within(1e-9));
    }
    ModelExecution copy = execution(recorded, "events_copy");
    assertThat(copy.bytesScanned()).isPositive();
    assertThat(copy.bytesWritten()).isPositive();
    // DuckDB keeps no profile for CREATE VIEW: its bytes are unknown, its time is not
    assertThat(execution(recorded, "events_view").bytesScanned()).isNull();
    // the second delete_insert runs DELETE then INSERT in one transaction; both statements' scans count
    long firstScan = execution(h.state().run(first.runId()).orElseThrow(), "events_by_id").bytesScanned();
    assertThat(execution(recorded, "events_by_id").bytesScanned()).isGreaterThan(firstScan);

    CostSummary summary = second.costSummary();
    assertThat(summary).isNotNull();
    assertThat(summary.adapterType()).isEqualTo("duckdb");
    assertThat(summary.perModel()).extracting(ModelCost::model)
        .containsExactlyInAnyOrder("events_copy", "events_by_id", "events_view");
    assertThat(summary.totalCostUsd()).isCloseTo(
        recorded.modelsExecuted().stream().mapToDouble(ModelExecution::costUsd).sum(), within(1e-9));
    assertThat(second.materializations()).allSatisfy(m -> assertThat(m.costUsd()).isNotNull());
    assertThat(second.budgetBreaches()).isEmpty();
  }

  @Test
  void aProjectBudgetBreachWarnsOrFailsTheRun() {
    RunOutput warned = run(new ModelBudgets(new Budget(null, 1L, null, OnBreach.WARN), Map.of()));
    assertThat(warned.status()).isEqualTo(RunStatus.SUCCESS);
    assertThat(warned.budgetBreaches()).singleElement().satisfies(b -> {
      assertThat(b.model()).isNull();
      assertThat(b.limitType()).isEqualTo(LimitType.MAX_DURATION_MS);
      assertThat(b.actual().longValue()).isGreaterThan(1);
    });
    assertThat(warned.exitCode()).isZero();

    RunOutput failed = run(new ModelBudgets(Budget.defaults(),
        Map.of("events_copy", new Budget(0.000001, null, null, OnBreach.ERROR))));
    assertThat(failed.status()).isEqualTo(RunStatus.SUCCESS);
    assertThat(failed.budgetBreaches()).singleElement().satisfies(b -> assertThat(b.model()).isEqualTo("events_copy"));
    assertThat(failed.exitCode()).isEqualTo(1);
  }

  @Test
  void eachWindowOfATimeIntervalModelCarriesItsShareOfTheModelsCost() {
    TestProject daily = new TestProject("analytics").model("daily",
        new Strategy.TimeInterval("ts", Strategy.Granularity.DAY, null, null, "2026-01-01"),
        "SELECT id, ts, v FROM raw.events WHERE ts >= @start_date AND ts < @end_date");
    RunOutput out = new RunCoordinator(h.executeService(), h.state(), h.clock(),
        new CostService(DOLLAR_A_SECOND, ModelBudgets.NONE)).run(daily.plan(), daily.graph(),
        h.options(daily).partitions(PartitionOptions.range("2026-01-01", "2026-01-03")).build(), RunListener.NONE);

    RunHarness.succeeded(out);
    assertThat(out.materializations()).hasSize(3).allSatisfy(m -> assertThat(m.costUsd()).isPositive());
    double model = out.costSummary().perModel().getFirst().costUsd();
    assertThat(model).isCloseTo(out.costSummary().perModel().getFirst().durationMs() / 1000.0, within(1e-9));
    assertThat(out.materializations().stream().mapToDouble(RunOutput.Materialization::costUsd).sum())
        .isCloseTo(model, within(1e-9));
  }

  private static ModelExecution execution(RunRecord run, String model) {
    return run.modelsExecuted().stream().filter(e -> e.modelName().equals(model)).findFirst().orElseThrow();
  }
}
