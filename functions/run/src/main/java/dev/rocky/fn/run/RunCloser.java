package dev.rocky.fn.run;

import dev.rocky.core.RockyVersion;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.StateConflictException;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.StoredPlan;
import dev.rocky.planner.ModelStep;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code finish} and {@code abort} steps, as {@link dev.rocky.app.run.RunCoordinator} closes a
 * run. Finish records the run, its executions in plan order and its status by Rocky's rule
 * (Success when every model succeeded, Failure when none did, PartialFailure in between), then
 * finishes the idempotency key (succeeded only on Success) and releases the lease. Abort records
 * nothing, fails the key and releases the lease.
 */
final class RunCloser {
  private final StateStore state;
  private final Plans plans;
  private final Clock clock;

  RunCloser(StateStore state, Plans plans, Clock clock) {
    this.state = state;
    this.plans = plans;
    this.clock = clock;
  }

  RunAnswer.Finished finish(RunStep.Finish step) {
    StoredPlan plan = plans.load(step.planKey());
    RunSettings s = step.settings();
    List<ModelExecution> executions = inPlanOrder(plan, step.runId());
    long ok = executions.stream().filter(ModelExecution::succeeded).count();
    long failed = executions.stream().filter(e -> e.status() == ModelStatus.FAILED).count();
    long skipped = executions.stream().filter(e -> e.status() == ModelStatus.SKIPPED).count();
    int models = plan.layers().stream().mapToInt(List::size).sum();
    RunStatus status = ok == models ? RunStatus.SUCCESS : ok == 0 ? RunStatus.FAILURE : RunStatus.PARTIAL_FAILURE;
    Instant finished = clock.instant();
    state.recordRun(new RunRecord(step.runId(), step.startedAt(), finished.isBefore(step.startedAt())
        ? step.startedAt() : finished, status, executions, s.effectiveTrigger(), step.configHash(),
        s.triggeringIdentity(), s.effectiveSessionSource(), s.gitCommit(), s.gitBranch(), s.idempotencyKey(),
        s.targetCatalog(), step.execution(), RockyVersion.get(), plan.branch(), plan.projectDigest()));
    if (s.idempotencyKey() != null) {
      state.finishIdempotencyKey(s.idempotencyKey(), step.runId(),
          status == RunStatus.SUCCESS ? IdempotencyState.SUCCEEDED : IdempotencyState.FAILED, s.idempotencyPolicy());
    }
    state.releaseLease(RunOpener.leaseOwner(step.runId()));
    int missing = models - executions.size();
    String summary = step.runId() + ": " + FunctionJson.mapper().valueToTree(status).asText() + ", " + ok + " of "
        + models + " models succeeded, " + failed
        + " failed, " + skipped + " skipped" + (missing > 0 ? ", " + missing + " never ran" : "");
    return new RunAnswer.Finished(step.runId(), status, models, (int) ok, (int) failed, (int) skipped, summary);
  }

  RunAnswer.Aborted abort(RunStep.Abort step) {
    int executed = state.modelExecutions(step.runId()).size();
    String key = step.settings().idempotencyKey();
    if (key != null) {
      try {
        state.finishIdempotencyKey(key, step.runId(), IdempotencyState.FAILED, step.settings().idempotencyPolicy());
      } catch (StateConflictException e) {
        // The key is not this run's (it was deflected, or its claim failed): nothing to undo.
      }
    }
    state.releaseLease(RunOpener.leaseOwner(step.runId()));
    return new RunAnswer.Aborted(step.runId(), executed);
  }

  /** The run's committed executions, in the plan's order. */
  private List<ModelExecution> inPlanOrder(StoredPlan plan, String runId) {
    Map<String, ModelExecution> byModel = new HashMap<>();
    state.modelExecutions(runId).forEach(e -> byModel.put(e.modelName(), e));
    List<ModelExecution> out = new ArrayList<>();
    for (List<ModelStep> layer : plan.layers()) {
      for (ModelStep s : layer) {
        ModelExecution e = byModel.get(s.model());
        if (e != null) {
          out.add(e);
        }
      }
    }
    return out;
  }
}
