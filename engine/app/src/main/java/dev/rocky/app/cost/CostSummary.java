package dev.rocky.app.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rocky's run-level {@code cost_summary}: the total cost (null when no model's cost is known), the
 * models' total duration, the bytes scanned (null when no model reported any), one entry per executed
 * model, and the adapter type that priced them.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"total_cost_usd", "total_duration_ms", "total_bytes_scanned", "per_model", "adapter_type"})
public record CostSummary(
    @JsonProperty("total_cost_usd") @Nullable Double totalCostUsd,
    @JsonProperty("total_duration_ms") long totalDurationMs,
    @JsonProperty("total_bytes_scanned") @Nullable Long totalBytesScanned,
    @JsonProperty("per_model") List<ModelCost> perModel,
    @JsonProperty("adapter_type") String adapterType) {

  public CostSummary {
    perModel = List.copyOf(perModel);
    Objects.requireNonNull(adapterType, "adapterType");
  }

  /** The summary of these models' costs. */
  public static CostSummary of(List<ModelCost> models, String adapterType) {
    Double cost = null;
    Long bytes = null;
    long duration = 0;
    for (ModelCost m : models) {
      duration += m.durationMs();
      cost = Sums.plus(cost, m.costUsd());
      bytes = Sums.plus(bytes, m.bytesScanned());
    }
    return new CostSummary(cost, duration, bytes, models, adapterType);
  }
}
