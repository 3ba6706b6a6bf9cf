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
 * body: the event's {@code [hook]} key, the run, the pipeline, the model or table when there is one,
 * the error of a failure event, how long the step took, and event-specific {@code metadata}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"event", "run_id", "pipeline", "timestamp", "model", "table", "error", "duration_ms", "metadata"})
public record HookEvent(
    @JsonProperty("event") String event,
    @JsonProperty("run_id") @Nullable String runId,
    @JsonProperty("pipeline") @Nullable String pipeline,
    @JsonProperty("timestamp") Instant timestamp,
    @JsonProperty("model") @Nullable String model,
    @JsonProperty("table") @Nullable String table,
    @JsonProperty("error") @Nullable String error,
    @JsonProperty("duration_ms") @Nullable Long durationMs,
    @JsonProperty("metadata") Map<String, Object> metadata) {

  public HookEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(timestamp, "timestamp");
    metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** An event without a table, an error or a duration. */
  public HookEvent(String event, @Nullable String runId, @Nullable String pipeline, Instant timestamp,
      @Nullable String model, Map<String, Object> metadata) {
    this(event, runId, pipeline, timestamp, model, null, null, null, metadata);
  }

  /** This event about {@code table} (e.g. {@code schema.table}). */
  public HookEvent withTable(@Nullable String name) {
    return new HookEvent(event, runId, pipeline, timestamp, model, name, error, durationMs, metadata);
  }

  /** This event of a failure, with its message. */
  public HookEvent withError(@Nullable String message) {
    return new HookEvent(event, runId, pipeline, timestamp, model, table, message, durationMs, metadata);
  }

  /** This event with how long its step took. */
  public HookEvent withDuration(@Nullable Long millis) {
    return new HookEvent(event, runId, pipeline, timestamp, model, table, error, millis, metadata);
  }
}
