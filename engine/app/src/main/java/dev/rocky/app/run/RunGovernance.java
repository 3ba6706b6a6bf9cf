package dev.rocky.app.run;

import dev.rocky.app.execute.ModelResult;
import dev.rocky.planner.RunPlan;
import java.util.List;

/**
 * The governance step of a run, after the models: masks, tags and grants on what was built. It returns
 * the run's output with its errors, {@code permissions} and status updated; the run is recorded with
 * that status. See {@code dev.rocky.app.govern.RunGovernanceStep}.
 */
@FunctionalInterface
public interface RunGovernance {
  /** No governance step. */
  RunGovernance NONE = (plan, results, output) -> output;

  RunOutput afterModels(RunPlan plan, List<ModelResult> results, RunOutput output);
}
