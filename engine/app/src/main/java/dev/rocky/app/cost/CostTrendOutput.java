package dev.rocky.app.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.compiler.cost.ProjectedCost;
import dev.rocky.core.run.ModelStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky cost --trend <model>} without its envelope: the model's cost in each of its recent
 * runs, oldest first, and what its next run is projected to cost (the median, see {@link CostHistory}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"model", "runs", "projected_cost_usd", "projected_duration_ms", "projected_bytes_scanned",
    "history_runs"})
public record CostTrendOutput(
    @JsonProperty("model") String model,
    @JsonProperty("runs") List<Point> runs,
    @JsonProperty("projected_cost_usd") @Nullable Double projectedCostUsd,
    @JsonProperty("projected_duration_ms") @Nullable Long projectedDurationMs,
    @JsonProperty("projected_bytes_scanned") @Nullable Long projectedBytesScanned,
    @JsonProperty("history_runs") int historyRuns) {

  public CostTrendOutput {
    Objects.requireNonNull(model, "model");
    runs = List.copyOf(runs);
  }

  /** One run of the model. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"run_id", "started_at", "status", "duration_ms", "cost_usd", "bytes_scanned"})
  public record Point(
      @JsonProperty("run_id") String runId,
      @JsonProperty("started_at") Instant startedAt,
      @JsonProperty("status") ModelStatus status,
      @JsonProperty("duration_ms") long durationMs,
      @JsonProperty("cost_usd") @Nullable Double costUsd,
      @JsonProperty("bytes_scanned") @Nullable Long bytesScanned) {}

  /** The model's last {@code limit} executions in {@code history}, oldest first. */
  public static CostTrendOutput of(String model, CostHistory history, int limit) {
    List<CostHistory.RunExecution> recent = history.executions(model);
    List<Point> points = new ArrayList<>();
    for (CostHistory.RunExecution r : recent.subList(0, Math.min(limit, recent.size()))) {
      points.add(0, new Point(r.run().runId(), r.execution().startedAt(), r.execution().status(),
          r.execution().durationMs(), r.execution().costUsd(), r.execution().bytesScanned()));
    }
    ProjectedCost p = history.of(model).orElse(null);
    return p == null
        ? new CostTrendOutput(model, points, null, null, null, 0)
        : new CostTrendOutput(model, points, p.figures().usd(), p.figures().durationMs(), p.figures().bytesScanned(),
            p.runs());
  }
}
