/**
 * Cost attribution, budgets and cost previews, as plain services: what the cost Lambda wraps and
 * what the local run calls after its models. {@link dev.rocky.app.cost.CostService} turns a run
 * record into each model's cost (from the warehouse's {@link dev.rocky.app.cost.CostModel}, plus in
 * AWS its share of orchestration, see {@link dev.rocky.app.cost.OrchestrationCost}), the run's
 * {@code cost_summary} and its {@code budget_breaches}; {@link dev.rocky.app.cost.CostHistory}
 * projects a model's next cost from its recorded runs; {@link dev.rocky.app.cost.CostRollup} and
 * {@link dev.rocky.app.cost.CostPreviewService} answer {@code rocky cost} and {@code rocky preview
 * cost}. A figure nobody reported is null, never 0.
 */
@NullMarked
package dev.rocky.app.cost;

import org.jspecify.annotations.NullMarked;
