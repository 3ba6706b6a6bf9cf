package dev.rocky.app.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.core.run.ModelStatus;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One executed model's cost: Rocky's {@code cost_summary.per_model[]} entry ({@code asset_key},
 * {@code duration_ms}, {@code cost_usd}), with the model's name, status, bytes, and the warehouse and
 * orchestration parts of the cost where known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"model", "asset_key", "status", "duration_ms", "cost_usd", "warehouse_cost_usd",
    "orchestration_cost_usd", "bytes_scanned", "bytes_written"})
public record ModelCost(
    @JsonProperty("model") String model,
    @JsonProperty("asset_key") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> assetKey,
    @JsonProperty("status") ModelStatus status,
    @JsonProperty("duration_ms") long durationMs,
    @JsonProperty("cost_usd") @Nullable Double costUsd,
    @JsonProperty("warehouse_cost_usd") @Nullable Double warehouseCostUsd,
    @JsonProperty("orchestration_cost_usd") @Nullable Double orchestrationCostUsd,
    @JsonProperty("bytes_scanned") @Nullable Long bytesScanned,
    @JsonProperty("bytes_written") @Nullable Long bytesWritten) {

  public ModelCost {
    Objects.requireNonNull(model, "model");
    assetKey = List.copyOf(assetKey);
    Objects.requireNonNull(status, "status");
  }
}
