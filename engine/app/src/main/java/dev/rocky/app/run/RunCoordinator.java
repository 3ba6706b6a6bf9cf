package dev.rocky.app.run;

import dev.rocky.app.cost.CostReport;
import dev.rocky.app.cost.CostRequest;
import dev.rocky.app.cost.CostService;
import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.quality.QualityReport;
import dev.rocky.app.quality.RunChecks;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.hooks.HookSink;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.RunIds;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.LeaseHeldException;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link RunPlan} in this process: the local wiring of what Step Functions does in AWS, with
 * the same records and statuses.
 *
 * <ol>
 *   <li>takes the project's run lease ({@link LeaseHeldException} when another live run holds it;
 *       the lease of a dead process on this machine is taken over);
 *   <li>claims the idempotency key, if any: after an earlier success under the key, returns
 *       {@code SkippedIdempotent} naming that run and does nothing else;
 *   <li>runs the layers (see {@link LayerRunner}), committing each model's result as it finishes;
 *   <li>runs the data-quality {@link RunChecks} on the built tables: a blocking failure makes the run a Failure;
 *   <li>prices the run with the {@link CostService}, if any (each model's {@code cost_usd}, the
 *       {@code cost_summary}, the budget breaches);
 *   <li>fires the run's hook events throughout ({@link #withHooks}); a hook that aborts stops the
 *       run: no model starts after it and the run is a {@code Failure}, marked interrupted;
 *   <li>records the {@link RunRecord}, finishes the idempotency key, releases the lease and returns
 *       the {@link RunOutput}: {@code Success}, {@code PartialFailure} or {@code Failure}.
 * </ol>
 *
 * A model failure never throws; a failure of the state store does, leaving what was committed.
 */
public final class RunCoordinator {
  private final ExecuteService execute;
  private final StateStore state;
  private final Clock clock;
  private final RunChecks checks;
  private final @Nullable CostService cost;
  private final RunGovernance governance;
  private final ModelRecorder recorder;
  private final HookSink hooks;
  private final @Nullable String pipeline;

  /** A coordinator that does not price its runs. */
  public RunCoordinator(ExecuteService execute, StateStore state, Clock clock) {
    this(execute, state, clock, RunChecks.NONE, null, RunGovernance.NONE, ModelRecorder.NONE);
  }

  /** @param recorder records what each model was built from (see {@link ModelRecorder}) */
  public RunCoordinator(ExecuteService execute, StateStore state, Clock clock, ModelRecorder recorder) {
    this(execute, state, clock, RunChecks.NONE, null, RunGovernance.NONE, recorder);
  }

  /** @param checks what to check once the models are built (the pipelines' data-quality checks) */
  public RunCoordinator(ExecuteService execute, StateStore state, Clock clock, RunChecks checks) {
    this(execute, state, clock, checks, null, RunGovernance.NONE, ModelRecorder.NONE);
  }

  /** @param cost prices the run (each model's cost, the summary, budget breaches) */
  public RunCoordinator(ExecuteService execute, StateStore state, Clock clock, CostService cost) {
    this(execute, state, clock, RunChecks.NONE, cost, RunGovernance.NONE, ModelRecorder.NONE);
  }

  /** @param governance the step after the models (masks, tags, grants); it may turn the run's status to a failure */
  public RunCoordinator(ExecuteService execute, StateStore state, Clock clock, RunGovernance governance) {
    this(execute, state, clock, RunChecks.NONE, null, governance, ModelRecorder.NONE);
  }

  /**
   * A coordinator that records nothing about what each model was built from.
   *
   * @param checks the pipelines' data-quality checks on the built tables
   * @param cost prices the run, or null for none
   * @param governance masks, tags and grants on what was built
   */
  public RunCoordinator(ExecuteService execute, StateStore state, Clock clock, RunChecks checks,
      @Nullable CostService cost, RunGovernance governance) {
    this(execute, state, clock, checks, cost, governance, ModelRecorder.NONE);
  }

  /**
   * @param checks the pipelines' data-quality checks on the built tables
   * @param cost prices the run, or null for none
   * @param governance masks, tags and grants on what was built
   * @param recorder records what each model was built from (see {@link ModelRecorder})
   */
  public RunCoordinator(ExecuteService execute, StateStore state, Clock clock, RunChecks checks,
      @Nullable CostService cost, RunGovernance governance, ModelRecorder recorder) {
    this(execute, state, clock, checks, cost, governance, recorder, HookSink.NONE, null);
  }

  private RunCoordinator(ExecuteService execute, StateStore state, Clock clock, RunChecks checks,
      @Nullable CostService cost, RunGovernance governance, ModelRecorder recorder, HookSink hooks,
      @Nullable String pipeline) {
    this.execute = execute;
    this.state = state;
    this.clock = clock;
    this.checks = checks;
    this.cost = cost;
    this.governance = governance;
    this.recorder = recorder;
    this.hooks = hooks;
    this.pipeline = pipeline;
  }

  /**
   * This coordinator firing the run's hook events through {@code sink} (see {@link RunHooks}): a
   * hook that aborts stops the run, which then fails.
   *
   * @param pipeline the pipeline the events name, or null when the run spans several
   */
  public RunCoordinator withHooks(HookSink sink, @Nullable String pipeline) {
    return new RunCoordinator(execute, state, clock, checks, cost, governance, recorder, sink, pipeline);
  }

  public RunOutput run(RunPlan plan, ModelGraph graph, RunOptions options) {
    return run(plan, graph, options, RunListener.NONE);
  }

  /**
   * @param graph the whole project's model graph (not only the plan's models): failures are
   *     contained along its edges, through models the plan does not build
   */
  public RunOutput run(RunPlan plan, ModelGraph graph, RunOptions options, RunListener listener) {
    if (plan.dialect().dialect() != execute.dialect()) {
      throw new IllegalArgumentException("the plan was rendered for " + plan.dialect().dialect().id()
          + " but the warehouse is " + execute.dialect().id());
    }
    Instant started = clock.instant();
    String runId = RunIds.of(started);
    String owner = LeaseOwner.current(options.hostname(), runId).id();
    acquireLease(owner, options);
    RunOutput output;
    try {
      output = claimAndRun(plan, graph, options, new GuardedListener(listener), runId, owner, started);
    } catch (RuntimeException | Error e) {
      try {
        state.releaseLease(owner);
      } catch (RuntimeException release) {
        e.addSuppressed(release);
      }
      throw e;
    }
    state.releaseLease(owner);
    return output;
  }

  private RunOutput claimAndRun(RunPlan plan, ModelGraph graph, RunOptions options, RunListener listener,
      String runId, String owner, Instant started) {
    String key = options.idempotencyKey();
    if (key != null) {
      IdempotencyClaim claim = state.claimIdempotencyKey(key, runId, options.idempotencyPolicy());
      Optional<RunOutput> deflected = switch (claim) {
        case IdempotencyClaim.Completed done -> Optional.of(
            RunOutputs.skipped(RunStatus.SKIPPED_IDEMPOTENT, done.runId(), options, elapsed(started)));
        case IdempotencyClaim.HeldInFlight held -> Optional.of(
            RunOutputs.skipped(RunStatus.SKIPPED_IN_FLIGHT, held.runId(), options, elapsed(started)));
        case IdempotencyClaim.Claimed claimed -> Optional.empty();
      };
      if (deflected.isPresent()) {
        listener.runFinished(deflected.get());
        return deflected.get();
      }
    }
    listener.runStarted(runId, plan.layers().stream().map(l -> l.stream().map(ModelStep::model).toList()).toList());
    RunHooks fired = new RunHooks(hooks, pipeline, clock);
    fired.pipelineStarted(runId, plan.steps().size());
    RunOutputs.Executed executed;
    try {
      executed = new LayerRunner(execute.forRun(), state, clock, runId, options, listener,
          new LeaseRenewal(state, owner, options.leaseTtl(), clock, started), recorder, fired).run(plan, graph);
    } catch (RuntimeException e) {
      if (key != null) {
        finishKeyQuietly(key, runId, options, e);
      }
      throw e;
    }
    QualityReport quality = check(fired, runId, executed.results());
    Instant finished = clock.instant();
    // After the models: price them, fold in governance, then let the quality checks have the last word.
    RunStatus modelsStatus = RunOutputs.status(executed.results());
    RunRecord draft = record(runId, started, finished, modelsStatus, executed.results(), options);
    CostReport priced = cost == null ? null : cost.attribute(costRequest(draft, executed.results()));
    RunOutput governed = governance.afterModels(plan, executed.results(),
        RunOutputs.of(runId, modelsStatus, millis(started, finished), plan, executed, options, priced));
    if (!fired.aborted()) {
      fired.budgetBreached(governed.budgetBreaches());
    }
    RunOutput output = quality.applyTo(governed);
    fired.finished(output);
    if (fired.aborted()) {
      output = output.stopped();
    }
    RunStatus status = output.status();
    state.recordRun((priced == null ? draft : priced.run()).withStatus(status).withCheckOutcomes(quality.outcomes()));
    if (key != null) {
      state.finishIdempotencyKey(key, runId,
          status == RunStatus.SUCCESS ? IdempotencyState.SUCCEEDED : IdempotencyState.FAILED,
          options.idempotencyPolicy());
    }
    listener.runFinished(output);
    return output;
  }

  /** The data-quality checks with their hook events; none once a hook stopped the run. */
  private QualityReport check(RunHooks fired, String runId, List<ModelResult> results) {
    if (fired.aborted() || checks == RunChecks.NONE) {
      return QualityReport.EMPTY;
    }
    fired.beforeChecks();
    QualityReport report = checks.afterModels(runId, results);
    fired.checked(report);
    return report;
  }

  private void acquireLease(String owner, RunOptions options) {
    try {
      state.acquireLease(owner, options.leaseTtl());
    } catch (LeaseHeldException held) {
      String holder = held.holder().owner();
      if (!LeaseOwner.parse(holder).map(h -> h.isGoneFrom(options.hostname())).orElse(false)) {
        throw held;
      }
      // The holder was a process of this machine that died mid-run: its lease is void.
      state.releaseLease(holder);
      state.acquireLease(owner, options.leaseTtl());
    }
  }

  private void finishKeyQuietly(String key, String runId, RunOptions options, RuntimeException cause) {
    try {
      state.finishIdempotencyKey(key, runId, IdempotencyState.FAILED, options.idempotencyPolicy());
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static RunRecord record(String runId, Instant started, Instant finished, RunStatus status,
      List<ModelResult> results, RunOptions o) {
    return new RunRecord(runId, started, finished, status, results.stream().map(ModelResult::toExecution).toList(),
        o.trigger(), o.configHash(), o.triggeringIdentity(), o.sessionSource(), o.gitCommit(), o.gitBranch(),
        o.idempotencyKey(), o.targetCatalog(), o.hostname(), RockyVersion.get(), o.branch(), o.projectDigest());
  }

  /** The record, with what only the results know: the warehouse's query ids and the asset keys. */
  private static CostRequest costRequest(RunRecord record, List<ModelResult> results) {
    Map<String, List<String>> queryIds = new HashMap<>();
    Map<String, List<String>> assetKeys = new HashMap<>();
    for (ModelResult r : results) {
      queryIds.put(r.model(), r.jobIds());
      assetKeys.put(r.model(), RunOutputs.assetKey(r.target()));
    }
    return new CostRequest(record, queryIds, Map.of(), assetKeys);
  }

  private long elapsed(Instant started) {
    return millis(started, clock.instant());
  }

  private static long millis(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toMillis());
  }
}
