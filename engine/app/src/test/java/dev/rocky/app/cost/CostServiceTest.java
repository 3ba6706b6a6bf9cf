package dev.rocky.app.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rocky.compiler.cost.LimitType;
import dev.rocky.compiler.cost.ModelBudgets;
import dev.rocky.core.config.CostSections.Budget;
import dev.rocky.core.config.CostSections.Cost;
import dev.rocky.core.config.CostSections.OnBreach;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** From a run record to each model's cost, the cost summary and the budget breaches. */
class CostServiceTest {
  static final CostModel DATABRICKS = CostModel.of("databricks", Cost.defaults());

  @Test
  void everyExecutedModelIsPricedFromItsWholeDurationAndSkippedModelsAreLeftOut() {
    RunRecord run = Runs.run(1, 200_000, Runs.ok("orders", 90_000, 1_000L), Runs.failed("customers", 45_000),
        Runs.skipped("revenue"));

    CostReport report = new CostService(DATABRICKS, ModelBudgets.NONE).attribute(CostRequest.of(run));

    // 90 s and 45 s on Medium at $0.40: $0.24 and $0.12 (a failed model's statements ran too)
    assertThat(report.run().modelsExecuted()).extracting(ModelExecution::costUsd).satisfiesExactly(
        c -> assertThat(c).isCloseTo(0.24, within(1e-12)),
        c -> assertThat(c).isCloseTo(0.12, within(1e-12)),
        c -> assertThat(c).isNull());
    assertThat(report.summary().perModel()).extracting(ModelCost::model).containsExactly("orders", "customers");
    assertThat(report.summary().totalCostUsd()).isCloseTo(0.36, within(1e-12));
    assertThat(report.summary().totalDurationMs()).isEqualTo(135_000);
    assertThat(report.summary().totalBytesScanned()).isEqualTo(1000L);
    assertThat(report.summary().adapterType()).isEqualTo("databricks");
    assertThat(report.breaches()).isEmpty();
    assertThat(report.fails()).isFalse();
  }

  @Test
  void unknownStaysUnknown() {
    RunRecord run = Runs.run(1, 1000, Runs.ok("orders", 500, null));
    CostReport report = new CostService(new CostModel.Unpriced("trino"), ModelBudgets.NONE).attribute(CostRequest.of(run));

    assertThat(report.run().modelsExecuted().getFirst().costUsd()).isNull();
    assertThat(report.summary().totalCostUsd()).isNull();
    assertThat(report.summary().totalBytesScanned()).isNull();
    // a limit on a figure nobody knows is never breached
    ModelBudgets budgets = new ModelBudgets(new Budget(0.0, null, 0L, OnBreach.ERROR), Map.of());
    assertThat(new CostService(new CostModel.Unpriced("trino"), budgets).attribute(CostRequest.of(run)).breaches())
        .isEmpty();
  }

  @Test
  void aRecordedCostIsKeptAsItWasPriced() {
    RunRecord run = Runs.run(1, 1000, Runs.priced("orders", 90_000, 1.5));
    CostReport report = new CostService(DATABRICKS, ModelBudgets.NONE).attribute(CostRequest.of(run));
    assertThat(report.summary().perModel().getFirst().costUsd()).isEqualTo(1.5);
    assertThat(report.summary().perModel().getFirst().warehouseCostUsd()).isNull();
  }

  @Test
  void orchestrationIsAddedToTheWarehouseCost() {
    RunRecord run = Runs.run(1, 1000, Runs.ok("orders", 90_000, null));
    CostReport report = new CostService(DATABRICKS, ModelBudgets.NONE)
        .attribute(CostRequest.of(run).withOrchestration(Map.of("orders", 0.01)));
    ModelCost orders = report.summary().perModel().getFirst();
    assertThat(orders.warehouseCostUsd()).isCloseTo(0.24, within(1e-12));
    assertThat(orders.orchestrationCostUsd()).isEqualTo(0.01);
    assertThat(orders.costUsd()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void snowflakeCreditsOfEveryQueryOfAModelPriceIt() {
    RunRecord run = Runs.run(1, 1000, Runs.ok("orders", 90_000, null), Runs.ok("customers", 90_000, null));
    CreditSource attribution = new CreditSource() {
      @Override
      public Map<String, Double> credits(Collection<String> ids) {
        return Map.of("q1", 0.02, "q2", 0.03, "q3", 0.5);
      }
    };
    CostModel snowflake = CostModel.of("snowflake", Cost.defaults());
    CostRequest request = new CostRequest(run, Map.of("orders", List.of("q1", "q2"), "customers", List.of("q3", "q4")),
        Map.of(), Map.of("orders", List.of("db", "main", "orders")));

    CostReport report = new CostService(snowflake, ModelBudgets.NONE, attribution).attribute(request);

    // orders: (0.02 + 0.03) credits x $3; customers: q4 is not attributed yet, so its duration: 0.1 credit x $3
    assertThat(report.model("orders").orElseThrow().costUsd()).isCloseTo(0.15, within(1e-12));
    assertThat(report.model("orders").orElseThrow().assetKey()).containsExactly("db", "main", "orders");
    assertThat(report.model("customers").orElseThrow().costUsd()).isCloseTo(0.30, within(1e-12));
  }

  @Test
  void theWarehouseQueryHistoryPricesAModelWhenItHoldsEveryOneOfItsQueries() {
    RunRecord run = Runs.run(1, 1000, Runs.ok("orders", 2_000, null), Runs.ok("customers", 2_000, 10L));
    QueryUsage history = (since, ids) -> {
      assertThat(since).isEqualTo(run.startedAt());
      assertThat(ids).containsExactlyInAnyOrder("q1", "q2", "q3", "q4");
      return Map.of("q1", new WarehouseUsage(60_000, 100L, null), "q2", new WarehouseUsage(30_000, 50L, null),
          "q3", new WarehouseUsage(90_000, 7L, null));
    };
    CostRequest request = new CostRequest(run, Map.of("orders", List.of("q1", "q2"), "customers", List.of("q3", "q4")),
        Map.of(), Map.of());

    CostReport report = new CostService(DATABRICKS, ModelBudgets.NONE, CreditSource.NONE, history).attribute(request);

    // orders: 60 s + 30 s in the history, on Medium (24 DBU/h) at $0.40 per DBU: $0.24, and 150 bytes read
    ModelCost orders = report.model("orders").orElseThrow();
    assertThat(orders.costUsd()).isCloseTo(0.24, within(1e-12));
    assertThat(orders.bytesScanned()).isEqualTo(150L);
    assertThat(orders.durationMs()).isEqualTo(2_000);
    assertThat(report.run().modelsExecuted().getFirst().bytesScanned()).isEqualTo(150L);
    // customers: q4 is not in the history, so its measured 2 s: 2/3600 h x 24 x 0.40
    ModelCost customers = report.model("customers").orElseThrow();
    assertThat(customers.costUsd()).isCloseTo(2.0 / 3600 * 24 * 0.40, within(1e-12));
    assertThat(customers.bytesScanned()).isEqualTo(10L);
  }

  @Test
  void theProjectBudgetIsCheckedOnceAgainstTheWholeRun() {
    RunRecord run = Runs.run(1, 150_000, Runs.ok("orders", 90_000, 5_000L), Runs.ok("customers", 45_000, 7_000L));
    ModelBudgets budgets = new ModelBudgets(new Budget(0.30, 100_000L, 10_000L, OnBreach.WARN), Map.of());

    CostReport report = new CostService(DATABRICKS, budgets).attribute(CostRequest.of(run));

    assertThat(report.breaches()).extracting(BudgetBreach::limitType)
        .containsExactly(LimitType.MAX_USD, LimitType.MAX_DURATION_MS, LimitType.MAX_BYTES_SCANNED);
    BudgetBreach duration = report.breaches().get(1);
    assertThat(duration.model()).isNull();
    assertThat(duration.limit()).isEqualTo(100_000L);
    assertThat(duration.actual()).isEqualTo(150_000L);
    assertThat(duration.describe()).isEqualTo("run duration 150000 ms is over max_duration_ms = 100000 ms");
    assertThat(report.breaches().getFirst().describe()).isEqualTo("run cost $0.36 is over max_usd = $0.30");
    assertThat(report.fails()).isFalse();
  }

  @Test
  void aModelWithItsOwnBudgetIsCheckedAgainstItsOwnFigures() {
    RunRecord run = Runs.run(1, 150_000, Runs.ok("orders", 90_000, null), Runs.ok("customers", 45_000, null));
    ModelBudgets budgets = new ModelBudgets(Budget.defaults(),
        Map.of("orders", new Budget(0.20, null, null, OnBreach.ERROR), "customers", new Budget(0.20, null, null, OnBreach.ERROR)));

    CostReport report = new CostService(DATABRICKS, budgets).attribute(CostRequest.of(run));

    assertThat(report.breaches()).singleElement().satisfies(b -> {
      assertThat(b.model()).isEqualTo("orders");
      assertThat(b.limitType()).isEqualTo(LimitType.MAX_USD);
      assertThat(b.onBreach()).isEqualTo(OnBreach.ERROR);
      assertThat(b.describe()).isEqualTo("model 'orders' cost $0.24 is over max_usd = $0.20");
    });
    assertThat(report.fails()).isTrue();
  }
}
