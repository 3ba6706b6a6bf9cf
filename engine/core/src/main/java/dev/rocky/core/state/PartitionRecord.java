package dev.rocky.core.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One partition of a {@code time_interval} model (Rocky's {@code PartitionRecord}), keyed
 * {@code model|partition_key}; the key is canonical for the grain, e.g. {@code 2026-01-02}.
 *
 * @param computedAt when this status was recorded
 * @param rowCount rows written, when the warehouse reported it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartitionRecord(
    @JsonProperty("model_name") String modelName,
    @JsonProperty("partition_key") String partitionKey,
    @JsonProperty("status") PartitionStatus status,
    @JsonProperty("computed_at") Instant computedAt,
    @JsonProperty("row_count") @Nullable Long rowCount,
    @JsonProperty("duration_ms") long durationMs,
    @JsonProperty("run_id") String runId,
    @JsonProperty("checksum") @Nullable String checksum) {

  public PartitionRecord {
    StateKeys.requireValid(modelName, "modelName");
    StateKeys.requireValid(partitionKey, "partitionKey");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(computedAt, "computedAt");
    Objects.requireNonNull(runId, "runId");
    if (modelName.contains("|")) {
      throw new IllegalArgumentException("a model name cannot contain '|': " + modelName);
    }
    if (durationMs < 0 || (rowCount != null && rowCount < 0)) {
      throw new IllegalArgumentException("counts and durations are never negative");
    }
  }

  /** Rocky's key, {@code model|partition_key}. */
  @JsonIgnore
  public String key() {
    return modelName + "|" + partitionKey;
  }
}
