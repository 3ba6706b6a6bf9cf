package dev.rocky.fn.execute;

import dev.rocky.fn.support.PlanCache;
import dev.rocky.app.execute.ExecuteRequest;
import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.state.DedupPolicy;
import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.StoredPlan;
import dev.rocky.planner.ModelStep;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The execute function's work: one model of one run, at most once. Each invocation claims the
 * idempotency key {@code execute|<run>|<model>} for itself (its request id) before it runs:
 *
 * <ul>
 *   <li>a key finished by a success means the model ran: the recorded execution is returned,
 *       marked {@code replayed}, and nothing runs;
 *   <li>a key held by a live invocation means the model is running right now: a transient error,
 *       for the state machine to retry later (a claim lapses when its invocation's time is up);
 *   <li>otherwise the model runs through the {@link ExecuteService}, its result (execution,
 *       partitions and watermark) is committed in one transaction, and the key is finished. A
 *       failed or skipped model frees the key, so a redriven run executes it again.
 * </ul>
 */
public final class ModelExecutor {
  /** How long a finished key is kept: longer than any run is redriven. */
  private static final Duration RETENTION = Duration.ofDays(30);
  /** A claim outlives its invocation by this much before another may adopt it. */
  private static final Duration MARGIN = Duration.ofMinutes(1);

  private final Supplier<ExecuteService> service;
  private final StateStore state;
  private final PlanCache plans;
  private final Clock clock;

  /** @param service the execute service, asked for on first use (so the warehouse opens after a restore) */
  public ModelExecutor(Supplier<ExecuteService> service, StateStore state, dev.rocky.core.port.ArtifactStore artifacts,
      Clock clock) {
    this.service = Objects.requireNonNull(service, "service");
    this.state = Objects.requireNonNull(state, "state");
    this.plans = new PlanCache(artifacts, 16);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public ExecuteModelResponse execute(ExecuteModelRequest addressed, Invocation invocation) {
    StoredPlan plan = plans.load(addressed.planKey());
    ExecuteModelRequest request = resolve(addressed, plan);
    ModelStep step = plan.step(request.requireModel()).orElseThrow(() -> new RockyException(FunctionErrorCode.MODEL_NOT_IN_PLAN,
        "the plan " + request.planKey() + " has no step for '" + request.model() + "' (ephemeral models have none)"));
    ExecuteService executor = service.get();
    if (executor.dialect() != plan.warehouse()) {
      throw new RockyException(FunctionErrorCode.PLAN_DIALECT_MISMATCH, "the plan was rendered for " + plan.dialect()
          + " but this function executes on " + executor.dialect().id());
    }
    String key = request.idempotencyKey();
    IdempotencyPolicy policy = policy(invocation);
    IdempotencyClaim claim = state.claimIdempotencyKey(key, invocation.requestId(), policy);
    return switch (claim) {
      case IdempotencyClaim.Completed done -> recordedSuccess(request).map(e -> ExecuteModelResponse.replayed(request.runId(), e))
          .orElseThrow(() -> new IllegalStateException(key + " finished by " + done.runId() + " without a recorded success"));
      case IdempotencyClaim.HeldInFlight held -> throw new RockyException(FunctionErrorCode.EXECUTION_IN_FLIGHT,
          request.model() + " of " + request.runId() + " is being executed by invocation " + held.runId()
              + " (its claim lapses at " + held.expiresAt() + "); retry later");
      case IdempotencyClaim.Claimed claimed -> runClaimed(request, plan, step, executor, invocation, policy);
    };
  }

  private ExecuteModelResponse runClaimed(ExecuteModelRequest request, StoredPlan plan, ModelStep step,
      ExecuteService executor, Invocation invocation, IdempotencyPolicy policy) {
    String key = request.idempotencyKey();
    String owner = invocation.requestId();
    Optional<ModelExecution> recorded = recordedSuccess(request);
    if (recorded.isPresent()) {
      // An earlier invocation committed its success but died before finishing the key.
      state.finishIdempotencyKey(key, owner, IdempotencyState.SUCCEEDED, policy);
      return ExecuteModelResponse.replayed(request.runId(), recorded.get());
    }
    ModelResult result;
    try {
      result = request.skipReason() != null
          ? ModelResult.skipped(step, request.skipReason(), clock.instant())
          : executor.execute(new ExecuteRequest(request.runId(), step, plan.sqlFile(step.model()),
              Objects.requireNonNullElse(request.partitions(), PartitionOptions.LATEST)));
      state.commitModelResult(result.toCommit(request.runId()));
    } catch (RuntimeException e) {
      release(key, owner, policy, e);
      throw e;
    }
    state.finishIdempotencyKey(key, owner, result.succeeded() ? IdempotencyState.SUCCEEDED : IdempotencyState.FAILED, policy);
    return ExecuteModelResponse.ran(request.runId(), result);
  }

  /** The request naming its model: as given, or the step at its layer and index of the plan. */
  private static ExecuteModelRequest resolve(ExecuteModelRequest request, StoredPlan plan) {
    if (request.model() != null) {
      return request;
    }
    int layer = Objects.requireNonNull(request.layer());
    int index = Objects.requireNonNull(request.index());
    if (layer >= plan.layers().size() || index >= plan.layers().get(layer).size()) {
      throw new RockyException(FunctionErrorCode.MODEL_NOT_IN_PLAN, "the plan " + request.planKey() + " has no step "
          + index + " in layer " + layer + " (it has " + plan.layers().size() + " layers)");
    }
    return request.naming(plan.layers().get(layer).get(index).model());
  }

  private Optional<ModelExecution> recordedSuccess(ExecuteModelRequest request) {
    return state.modelExecution(request.runId(), request.requireModel()).filter(ModelExecution::succeeded);
  }

  /** Frees the key after a failure to run or commit, so that a retry may claim it at once. */
  private void release(String key, String owner, IdempotencyPolicy policy, RuntimeException cause) {
    try {
      state.finishIdempotencyKey(key, owner, IdempotencyState.FAILED, policy);
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** In flight for as long as the invocation may run (plus a margin); finished entries kept 30 days. */
  private static IdempotencyPolicy policy(Invocation invocation) {
    return new IdempotencyPolicy(invocation.remaining().plus(MARGIN), RETENTION, DedupPolicy.SUCCESS);
  }
}
