package dev.rocky.compiler.cost;

import java.util.Objects;

/**
 * What a model is expected to cost the next time it runs, and from how many recorded runs.
 *
 * @param figures the projection (the median of recent runs); figures no run reported are null
 * @param runs how many recorded runs it rests on (at least one)
 * @param confident whether that is at least {@code [cost] min_history_runs}
 */
public record ProjectedCost(CostFigures figures, int runs, boolean confident) {
  public ProjectedCost {
    Objects.requireNonNull(figures, "figures");
    if (runs < 1) {
      throw new IllegalArgumentException("a projection rests on at least one run: " + runs);
    }
  }
}
