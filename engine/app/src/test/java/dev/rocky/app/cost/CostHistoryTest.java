package dev.rocky.app.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.cost.CostFigures;
import dev.rocky.compiler.cost.ProjectedCost;
import dev.rocky.core.run.RunRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Projections are medians of a model's recent successful runs; trends list its runs oldest first. */
class CostHistoryTest {

  @Test
  void theProjectionIsTheMedianOfTheRecentSuccessfulRuns() {
    List<RunRecord> newestFirst = List.of(
        Runs.run(5, 10, Runs.priced("orders", 400, 0.40)),
        Runs.run(4, 10, Runs.failed("orders", 5)),
        Runs.run(3, 10, Runs.priced("orders", 100, 0.10), Runs.priced("customers", 7, null)),
        Runs.run(2, 10, Runs.priced("orders", 300, 0.30)),
        Runs.run(1, 10, Runs.priced("orders", 200, null)));
    CostHistory history = new CostHistory(newestFirst, 5);

    ProjectedCost orders = history.of("orders").orElseThrow();
    // four successful runs; costs known for three: 0.10, 0.30, 0.40; durations 100, 200, 300, 400
    assertThat(orders.runs()).isEqualTo(4);
    assertThat(orders.confident()).isFalse();
    assertThat(orders.figures()).isEqualTo(new CostFigures(0.30, 250L, null));
    assertThat(history.of("customers").orElseThrow().figures()).isEqualTo(new CostFigures(null, 7L, null));
    assertThat(history.of("nobody")).isEmpty();
    assertThat(new CostHistory(newestFirst, 4).of("orders").orElseThrow().confident()).isTrue();
  }

  @Test
  void onlyTheLastTenSuccessfulRunsCount() {
    List<RunRecord> newestFirst = new ArrayList<>();
    for (int i = 30; i >= 1; i--) {
      // the ten newest cost 1.00 each; older ones 100.00
      newestFirst.add(Runs.run(i, 10, Runs.priced("orders", 10, i > 20 ? 1.0 : 100.0)));
    }
    ProjectedCost p = new CostHistory(newestFirst, 5).of("orders").orElseThrow();
    assertThat(p.runs()).isEqualTo(CostHistory.WINDOW);
    assertThat(p.figures().usd()).isEqualTo(1.0);
  }

  @Test
  void aTrendListsTheModelsRunsOldestFirstWithItsProjection() {
    CostHistory history = new CostHistory(List.of(
        Runs.run(3, 10, Runs.priced("orders", 300, 0.3)),
        Runs.run(2, 10, Runs.failed("orders", 5)),
        Runs.run(1, 10, Runs.priced("orders", 100, 0.1))), 5);

    CostTrendOutput trend = CostTrendOutput.of("orders", history, 2);

    assertThat(trend.runs()).extracting(CostTrendOutput.Point::runId)
        .containsExactly("run-20260301-100002-000", "run-20260301-100003-000");
    assertThat(trend.runs().getFirst().costUsd()).isNull();
    assertThat(trend.projectedCostUsd()).isEqualTo(0.2);
    assertThat(trend.projectedDurationMs()).isEqualTo(200L);
    assertThat(trend.historyRuns()).isEqualTo(2);
  }
}
