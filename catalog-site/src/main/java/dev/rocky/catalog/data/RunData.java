package dev.rocky.catalog.data;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A recorded run. {@code costUsd} is the run's total cost and {@code budgetBreaches} its breaches,
 * when the run record carries them (null and empty otherwise: "not recorded", never zero).
 */
public record RunData(
    String runId,
    Instant startedAt,
    Instant finishedAt,
    String status,
    String trigger,
    @Nullable String gitCommit,
    @Nullable String gitBranch,
    List<ExecutionData> executions,
    @Nullable Double costUsd,
    List<BreachData> budgetBreaches) {

  public RunData {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(trigger, "trigger");
    executions = List.copyOf(executions);
    budgetBreaches = List.copyOf(budgetBreaches);
  }

  /** A breached run budget: which limit ({@code max_usd}, {@code max_duration_ms}, ...), the limit and the actual value. */
  public record BreachData(String limitType, double limit, double actual) {
    public BreachData {
      Objects.requireNonNull(limitType, "limitType");
    }
  }
}
