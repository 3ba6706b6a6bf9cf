package dev.rocky.fn.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.cost.BudgetBreach;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the run cost, small whatever the project's size: totals, the most a model cost, the budget
 * breaches (at most {@value #BREACHES_SHOWN}; {@code budget_breach_count} counts them all), and the
 * key of the whole attribution (Rocky's {@code cost} output, one entry per model) in the artifact
 * store. Each model's {@code cost_usd} (warehouse plus orchestration) is also in the run record.
 *
 * @param totalCostUsd warehouse plus orchestration, null when some model's warehouse cost is unknown
 * @param orchestrationCostUsd the Lambda and Step Functions part of the total
 * @param failsRun whether a breached budget says {@code on_breach = "error"}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CostFunctionResponse(
    @JsonProperty("run_id") String runId,
    @JsonProperty("models") int models,
    @JsonProperty("total_cost_usd") @Nullable Double totalCostUsd,
    @JsonProperty("orchestration_cost_usd") double orchestrationCostUsd,
    @JsonProperty("total_duration_ms") long totalDurationMs,
    @JsonProperty("top_model") @Nullable String topModel,
    @JsonProperty("budget_breach_count") int budgetBreachCount,
    @JsonProperty("budget_breaches") List<BudgetBreach> budgetBreaches,
    @JsonProperty("fails_run") boolean failsRun,
    @JsonProperty("report_key") String reportKey) {

  /** How many breaches the answer lists; the report has them all. */
  public static final int BREACHES_SHOWN = 20;

  public CostFunctionResponse {
    Objects.requireNonNull(runId, "runId");
    budgetBreaches = List.copyOf(budgetBreaches);
    Objects.requireNonNull(reportKey, "reportKey");
  }
}
