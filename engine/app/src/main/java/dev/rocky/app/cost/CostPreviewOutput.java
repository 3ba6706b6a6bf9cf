package dev.rocky.app.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky preview cost [base_ref]} without its envelope: the models a change since
 * {@code base_ref} rebuilds (those it adds or modifies, and everything downstream of them) and the
 * models it removes, each with what it is projected to cost per run from its recorded history (and,
 * where the warehouse can explain the model's query, its {@code EXPLAIN} estimate); the
 * per-model budget ceilings the projections exceed; and the Markdown block for the pull request.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"base_ref", "head_ref", "models", "summary", "projected_per_model_budget_breaches",
    "has_budget_errors", "markdown"})
public record CostPreviewOutput(
    @JsonProperty("base_ref") String baseRef,
    @JsonProperty("head_ref") String headRef,
    @JsonProperty("models") List<ModelPreview> models,
    @JsonProperty("summary") Summary summary,
    @JsonProperty("projected_per_model_budget_breaches") List<BudgetBreach> breaches,
    @JsonProperty("has_budget_errors") boolean hasBudgetErrors,
    @JsonProperty("markdown") String markdown) {

  public CostPreviewOutput {
    Objects.requireNonNull(baseRef, "baseRef");
    Objects.requireNonNull(headRef, "headRef");
    models = List.copyOf(models);
    Objects.requireNonNull(summary, "summary");
    breaches = List.copyOf(breaches);
    Objects.requireNonNull(markdown, "markdown");
  }

  /** Why a model is in the preview. */
  public enum Change {
    @JsonProperty("added")
    ADDED,
    @JsonProperty("modified")
    MODIFIED,
    @JsonProperty("downstream")
    DOWNSTREAM,
    @JsonProperty("removed")
    REMOVED;

    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One model: its projection (null figures when it has no recorded run, such as a new model), and
   * from how many runs. A modified model is projected from runs of its base version.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"model", "change", "projected_cost_usd", "projected_duration_ms", "projected_bytes_scanned",
      "history_runs", "confident", "explain_estimate"})
  public record ModelPreview(
      @JsonProperty("model") String model,
      @JsonProperty("change") Change change,
      @JsonProperty("projected_cost_usd") @Nullable Double projectedCostUsd,
      @JsonProperty("projected_duration_ms") @Nullable Long projectedDurationMs,
      @JsonProperty("projected_bytes_scanned") @Nullable Long projectedBytesScanned,
      @JsonProperty("history_runs") int historyRuns,
      @JsonProperty("confident") boolean confident,
      @JsonProperty("explain_estimate") @Nullable ExplainEstimate explainEstimate) {

    /** A projection from history alone, without an EXPLAIN estimate. */
    public ModelPreview(String model, Change change, @Nullable Double projectedCostUsd, @Nullable Long projectedDurationMs,
        @Nullable Long projectedBytesScanned, int historyRuns, boolean confident) {
      this(model, change, projectedCostUsd, projectedDurationMs, projectedBytesScanned, historyRuns, confident, null);
    }
  }

  /**
   * @param totalProjectedCostUsd per run, over the models rebuilt; null when none has a known cost
   * @param removedCostUsd per run, what the removed models cost; null when none is known
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"models_rebuilt", "models_removed", "models_with_history", "models_without_history",
      "total_projected_cost_usd", "removed_cost_usd"})
  public record Summary(
      @JsonProperty("models_rebuilt") int modelsRebuilt,
      @JsonProperty("models_removed") int modelsRemoved,
      @JsonProperty("models_with_history") int modelsWithHistory,
      @JsonProperty("models_without_history") int modelsWithoutHistory,
      @JsonProperty("total_projected_cost_usd") @Nullable Double totalProjectedCostUsd,
      @JsonProperty("removed_cost_usd") @Nullable Double removedCostUsd) {

    static Summary of(List<ModelPreview> models) {
      int rebuilt = 0;
      int removed = 0;
      int known = 0;
      Double total = null;
      Double gone = null;
      for (ModelPreview m : models) {
        if (m.change() == Change.REMOVED) {
          removed++;
          gone = Sums.plus(gone, m.projectedCostUsd());
          continue;
        }
        rebuilt++;
        known += m.historyRuns() > 0 ? 1 : 0;
        total = Sums.plus(total, m.projectedCostUsd());
      }
      return new Summary(rebuilt, removed, known, rebuilt - known, total, gone);
    }
  }
}
