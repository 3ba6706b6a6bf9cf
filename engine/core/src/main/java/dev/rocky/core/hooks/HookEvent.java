package dev.rocky.core.hooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One of Rocky's hook events, in the shape a shell hook reads on stdin and a webhook receives as its
 * body: the event's {@code [hook]} key, the run, the pipeline and model when there is one, and
 * event-specific {@code metadata}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"event", "run_id", "pipeline", "timestamp", "model", "metadata"})
public record HookEvent(
    @JsonProperty("event") String event,
    @JsonProperty("run_id") @Nullable String runId,
    @JsonProperty("pipeline") @Nullable String pipeline,
    @JsonProperty("timestamp") Instant timestamp,
    @JsonProperty("model") @Nullable String model,
    @JsonProperty("metadata") Map<String, Object> metadata) {

  public HookEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(timestamp, "timestamp");
    metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }
}
