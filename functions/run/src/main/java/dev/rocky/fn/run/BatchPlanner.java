package dev.rocky.fn.run;

import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.run.Blockers;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.fn.support.StoredPlan;
import dev.rocky.planner.ModelStep;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code batch} step: failure containment before a Map state, by the rule
 * {@link dev.rocky.app.run.RunCoordinator} applies before each layer. The run's committed
 * executions of the earlier layers are replayed into {@link Blockers} in plan order (a failed model
 * blocks its downstream; a skipped one passes on its root failure), then each model of the batch
 * is either blocked, and committed as skipped with the same reason a local run gives, or returned
 * to be executed. A model already succeeded in this run (a redriven execution) is executed again,
 * which the execute function answers from its record.
 *
 * <p>It also renews the run lease, as a local run does after each model.
 */
final class BatchPlanner {
  private final StateStore state;
  private final Plans plans;
  private final Clock clock;

  BatchPlanner(StateStore state, Plans plans, Clock clock) {
    this.state = state;
    this.plans = plans;
    this.clock = clock;
  }

  RunAnswer.BatchPlan plan(RunStep.Batch step) {
    StoredPlan plan = plans.load(step.planKey());
    RunLayout layout = Plans.layout(plan, step.settings());
    RunLayout.Batch batch = layout.batch(step.segment(), step.position());
    state.renewLease(RunOpener.leaseOwner(step.runId()), step.settings().leaseTtl());

    Blockers blockers = blockersBefore(plan, batch.layer(), executions(step.runId()));
    List<ModelStep> layer = plan.layers().get(batch.layer());
    List<Integer> run = new ArrayList<>();
    int skipped = 0;
    for (int i = batch.from(); i < batch.to(); i++) {
      ModelStep model = layer.get(i);
      Optional<Blockers.Blocker> blocker = blockers.blockerOf(model.model());
      if (blocker.isPresent()) {
        state.commitModelResult(ModelResult.skipped(model, blocker.get().reason(), clock.instant()).toCommit(step.runId()));
        skipped++;
      } else {
        run.add(i);
      }
    }
    int next = step.position() + 1;
    return new RunAnswer.BatchPlan(batch.layer(), run, skipped, next < layout.segments().get(step.segment()).batches().size(), next);
  }

  private Map<String, ModelExecution> executions(String runId) {
    Map<String, ModelExecution> byModel = new HashMap<>();
    state.modelExecutions(runId).forEach(e -> byModel.put(e.modelName(), e));
    return byModel;
  }

  /**
   * Blockers as they stand when layer {@code before} starts: every model of the earlier layers,
   * in plan order, registered by its committed status. A model with no execution (its invocation
   * and the recording of its failure both failed) counts as failed: its downstream must not run.
   */
  static Blockers blockersBefore(StoredPlan plan, int before, Map<String, ModelExecution> executions) {
    Set<String> planned = new HashSet<>();
    plan.layers().forEach(l -> l.forEach(s -> planned.add(s.model())));
    Blockers blockers = new Blockers(Plans.graph(plan), planned);
    for (int l = 0; l < before; l++) {
      for (ModelStep s : plan.layers().get(l)) {
        ModelExecution e = executions.get(s.model());
        ModelStatus status = e == null ? ModelStatus.FAILED : e.status();
        switch (status) {
          case SUCCESS -> { }
          case FAILED -> blockers.failed(s.model());
          case SKIPPED -> blockers.blockerOf(s.model()).ifPresentOrElse(b -> blockers.skipped(s.model(), b),
              () -> blockers.failed(s.model()));
        }
      }
    }
    return blockers;
  }
}
