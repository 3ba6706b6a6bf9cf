package dev.rocky.app.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.core.project.Project;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky cost <run_id|latest>} without its envelope: the run, its totals, one entry per executed
 * model ({@code per_model}, as in the run's {@code cost_summary}), the models grouped as asked
 * ({@code groups}), and the budget limits the run went over under the current budgets.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"run_id", "status", "started_at", "duration_ms", "adapter_type", "by", "model", "total_cost_usd",
    "total_duration_ms", "total_bytes_scanned", "per_model", "groups", "budget_breaches"})
public record CostOutput(
    @JsonProperty("run_id") String runId,
    @JsonProperty("status") RunStatus status,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("duration_ms") long durationMs,
    @JsonProperty("adapter_type") String adapterType,
    @JsonProperty("by") CostRollup.By by,
    @JsonProperty("model") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String model,
    @JsonProperty("total_cost_usd") @Nullable Double totalCostUsd,
    @JsonProperty("total_duration_ms") long totalDurationMs,
    @JsonProperty("total_bytes_scanned") @Nullable Long totalBytesScanned,
    @JsonProperty("per_model") List<ModelCost> perModel,
    @JsonProperty("groups") List<CostGroup> groups,
    @JsonProperty("budget_breaches") List<BudgetBreach> budgetBreaches) {

  public CostOutput {
    Objects.requireNonNull(runId, "runId");
    perModel = List.copyOf(perModel);
    groups = List.copyOf(groups);
    budgetBreaches = List.copyOf(budgetBreaches);
  }

  /**
   * The cost of a recorded run as {@code service} attributes it, grouped {@code by}, limited to
   * {@code model} when given (totals and breaches then are that model's).
   */
  public static CostOutput of(RunRecord run, CostService service, CostRollup.By by, @Nullable String model,
      @Nullable Project project) {
    CostReport report = service.attribute(CostRequest.of(run));
    List<ModelCost> models = report.summary().perModel().stream()
        .filter(m -> model == null || m.model().equals(model)).toList();
    CostSummary totals = CostSummary.of(models, report.summary().adapterType());
    List<BudgetBreach> breaches = report.breaches().stream()
        .filter(b -> model == null || model.equals(b.model())).toList();
    return new CostOutput(run.runId(), run.status(), run.startedAt(),
        Math.max(0, Duration.between(run.startedAt(), run.finishedAt()).toMillis()), totals.adapterType(), by, model,
        totals.totalCostUsd(), totals.totalDurationMs(), totals.totalBytesScanned(), models,
        CostRollup.group(models, by, project), breaches);
  }
}
