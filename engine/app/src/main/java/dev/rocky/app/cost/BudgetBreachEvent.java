package dev.rocky.app.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.compiler.cost.LimitType;
import dev.rocky.core.config.CostSections.OnBreach;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The context an {@code on_budget_breach} hook receives on stdin (a webhook as its body): Rocky's
 * hook context with the breach in {@code metadata} ({@code limit_type}, {@code limit}, {@code actual},
 * and the resolved {@code on_breach}). One event per breach.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"event", "run_id", "pipeline", "timestamp", "model", "metadata"})
public record BudgetBreachEvent(
    @JsonProperty("event") String event,
    @JsonProperty("run_id") String runId,
    @JsonProperty("pipeline") @Nullable String pipeline,
    @JsonProperty("timestamp") Instant timestamp,
    @JsonProperty("model") @Nullable String model,
    @JsonProperty("metadata") Metadata metadata) {

  /** The hook event's name, as the {@code [hook]} key. */
  public static final String EVENT = "on_budget_breach";

  public BudgetBreachEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(metadata, "metadata");
  }

  @JsonPropertyOrder({"limit_type", "limit", "actual", "on_breach"})
  public record Metadata(
      @JsonProperty("limit_type") LimitType limitType,
      @JsonProperty("limit") Number limit,
      @JsonProperty("actual") Number actual,
      @JsonProperty("on_breach") OnBreach onBreach) {}

  /** One event per breach of the run. */
  public static List<BudgetBreachEvent> of(String runId, @Nullable String pipeline, Instant at,
      List<BudgetBreach> breaches) {
    List<BudgetBreachEvent> out = new ArrayList<>();
    for (BudgetBreach b : breaches) {
      out.add(new BudgetBreachEvent(EVENT, runId, pipeline, at, b.model(),
          new Metadata(b.limitType(), b.limit(), b.actual(), b.onBreach())));
    }
    return out;
  }
}
