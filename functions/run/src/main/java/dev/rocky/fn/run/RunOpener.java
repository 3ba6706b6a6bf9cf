package dev.rocky.fn.run;

import dev.rocky.app.branch.BranchException;
import dev.rocky.app.branch.BranchService;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.RunIds;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.fn.support.StoredPlan;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The {@code start} step, as {@link dev.rocky.app.run.RunCoordinator} opens a run: take the
 * project's run lease (a live holder fails the step with {@code STATE_LEASE_HELD}), claim the
 * idempotency key if there is one (a key finished by a success, or held by a live run, deflects
 * the run: the lease is released and nothing runs), and lay the plan out.
 */
final class RunOpener {
  private final StateStore state;
  private final Plans plans;
  private final Clock clock;

  RunOpener(StateStore state, Plans plans, Clock clock) {
    this.state = state;
    this.plans = plans;
    this.clock = clock;
  }

  /** The lease owner of a run made by a state machine. */
  static String leaseOwner(String runId) {
    return "stepfunctions/" + runId;
  }

  RunAnswer.Started start(RunStep.Start step) {
    StoredPlan plan = plans.load(step.planKey());
    RunSettings settings = step.settings();
    RunLayout layout = Plans.layout(plan, settings);
    if (plan.branch() != null) {
      createBranch(plan.branch(), settings.triggeringIdentity());
    }
    Instant started = clock.instant();
    String runId = RunIds.of(started);
    String owner = leaseOwner(runId);
    state.acquireLease(owner, settings.leaseTtl());
    try {
      String key = settings.idempotencyKey();
      if (key != null) {
        IdempotencyClaim claim = state.claimIdempotencyKey(key, runId, settings.idempotencyPolicy());
        Deflection deflection = switch (claim) {
          case IdempotencyClaim.Completed done -> new Deflection(RunStatus.SKIPPED_IDEMPOTENT, done.runId());
          case IdempotencyClaim.HeldInFlight held -> new Deflection(RunStatus.SKIPPED_IN_FLIGHT, held.runId());
          case IdempotencyClaim.Claimed claimed -> null;
        };
        if (deflection != null) {
          state.releaseLease(owner);
          return new RunAnswer.Started(runId, started, layout.models(), layout.batches(), 0,
              settings.effectiveParallel(), deflection.status(), deflection.byRunId());
        }
      }
    } catch (RuntimeException e) {
      releaseQuietly(owner, e);
      throw e;
    }
    return new RunAnswer.Started(runId, started, layout.models(), layout.batches(), layout.segments().size(),
        settings.effectiveParallel(), null, null);
  }

  /**
   * A branch run builds into its branch, created on its first run ({@code rocky run --branch}
   * needs {@code rocky branch create} first; a workflow has no one to run it).
   */
  private void createBranch(String name, @Nullable String by) {
    if (state.branch(name).isPresent()) {
      return;
    }
    try {
      new BranchService(state, clock).create(name, "created by its first run in Step Functions", by);
    } catch (BranchException e) {
      if (state.branch(name).isEmpty()) {
        throw e;
      }
    }
  }

  private void releaseQuietly(String owner, RuntimeException cause) {
    try {
      state.releaseLease(owner);
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private record Deflection(RunStatus status, @Nullable String byRunId) {}
}
