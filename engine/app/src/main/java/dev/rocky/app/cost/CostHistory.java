package dev.rocky.app.cost;

import dev.rocky.compiler.cost.CostFigures;
import dev.rocky.compiler.cost.CostProjections;
import dev.rocky.compiler.cost.ProjectedCost;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the recorded runs say about each model's cost. A model's projection is the median of its last
 * {@link #WINDOW} successful executions (cost, duration and bytes scanned each on their own, over the
 * runs that reported them); it is {@code confident} when it rests on at least {@code [cost]
 * min_history_runs} runs. Failed executions are left out: they stop early and would understate it.
 */
public final class CostHistory implements CostProjections {
  /** How many recent successful executions a projection looks at. */
  public static final int WINDOW = 10;
  /** How many recent runs are read to find them. */
  public static final int RUNS_READ = 200;

  private final List<RunRecord> newestFirst;
  private final int minRuns;

  /** @param newestFirst recorded runs, newest first (as the state store lists them) */
  public CostHistory(List<RunRecord> newestFirst, int minRuns) {
    this.newestFirst = List.copyOf(newestFirst);
    this.minRuns = minRuns;
  }

  public static CostHistory empty() {
    return new CostHistory(List.of(), 1);
  }

  @Override
  public Optional<ProjectedCost> of(String model) {
    List<ModelExecution> recent = new ArrayList<>();
    for (RunExecution r : executions(model)) {
      if (recent.size() == WINDOW) {
        break;
      }
      if (r.execution().succeeded()) {
        recent.add(r.execution());
      }
    }
    if (recent.isEmpty()) {
      return Optional.empty();
    }
    CostFigures median = new CostFigures(
        Sums.medianDouble(recent.stream().map(ModelExecution::costUsd).toList()),
        Sums.medianLong(recent.stream().map(e -> (Long) e.durationMs()).toList()),
        Sums.medianLong(recent.stream().map(ModelExecution::bytesScanned).toList()));
    return Optional.of(new ProjectedCost(median, recent.size(), recent.size() >= minRuns));
  }

  /** One execution of a model and the run it belongs to. */
  public record RunExecution(RunRecord run, ModelExecution execution) {}

  /** Every recorded execution of {@code model}, newest run first. */
  public List<RunExecution> executions(String model) {
    List<RunExecution> out = new ArrayList<>();
    for (RunRecord run : newestFirst) {
      for (ModelExecution e : run.modelsExecuted()) {
        if (e.modelName().equals(model)) {
          out.add(new RunExecution(run, e));
        }
      }
    }
    return out;
  }
}
