package dev.rocky.app.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The cost of a group of a run's models: one model, one tag ({@code key=value}) or one layer.
 * The cost is null when no model of the group has a known cost; so are the bytes.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"key", "models", "duration_ms", "cost_usd", "bytes_scanned", "bytes_written"})
public record CostGroup(
    @JsonProperty("key") String key,
    @JsonProperty("models") List<String> models,
    @JsonProperty("duration_ms") long durationMs,
    @JsonProperty("cost_usd") @Nullable Double costUsd,
    @JsonProperty("bytes_scanned") @Nullable Long bytesScanned,
    @JsonProperty("bytes_written") @Nullable Long bytesWritten) {

  public CostGroup {
    Objects.requireNonNull(key, "key");
    models = List.copyOf(models);
  }
}
