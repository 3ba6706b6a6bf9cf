package dev.rocky.app.cost;

import dev.rocky.core.run.RunRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run cost: the record with {@code cost_usd} on every execution that has one, the run's
 * {@code cost_summary}, and every budget limit it went over.
 */
public record CostReport(RunRecord run, CostSummary summary, List<BudgetBreach> breaches) {

  public CostReport {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(summary, "summary");
    breaches = List.copyOf(breaches);
  }

  /** Whether a breach fails the run: some budget it went over says {@code on_breach = "error"}. */
  public boolean fails() {
    return breaches.stream().anyMatch(BudgetBreach::fails);
  }

  /** The cost of one executed model. */
  public Optional<ModelCost> model(String name) {
    return summary.perModel().stream().filter(m -> m.model().equals(name)).findFirst();
  }
}
