package dev.rocky.fn.api;

import dev.rocky.app.api.ApiError;
import dev.rocky.app.api.ApiRunStatus;
import dev.rocky.app.api.RunBackend;
import dev.rocky.app.api.RunSubmission;
import dev.rocky.app.api.RunView;
import dev.rocky.app.api.RunViews;
import dev.rocky.app.api.StartRunRequest;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunIds;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.state.IdempotencyRecord;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.LeaseHeldException;
import dev.rocky.core.state.RunLease;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs in AWS: a run is an execution of the run workflow (started through a {@link RunStarter}),
 * its record is in the DynamoDB state store once the workflow records it. Before it starts one:
 *
 * <ul>
 *   <li>a live run lease, or an execution in progress, is a conflict (409), naming that run;
 *   <li>an idempotency key finished successfully (or held by a live run) names that run, and nothing starts.
 * </ul>
 *
 * The workflow itself takes the lease and claims the key, so two requests racing past these checks
 * still end with one run.
 */
public final class StepFunctionsRuns implements RunBackend {
  private final StateStore state;
  private final RunStarter starter;
  private final String snapshotKey;
  private final @Nullable String config;
  private final Clock clock;

  /**
   * @param snapshotKey the deployed project snapshot every run compiles
   * @param config its rocky.toml path, or null for {@code rocky.toml}
   */
  public StepFunctionsRuns(StateStore state, RunStarter starter, String snapshotKey, @Nullable String config, Clock clock) {
    this.state = state;
    this.starter = starter;
    this.snapshotKey = snapshotKey;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public RunView start(RunSubmission submission) {
    Optional<RunLease> lease = state.currentLease();
    if (lease.isPresent()) {
      throw new LeaseHeldException(lease.get());
    }
    List<RunStarter.Execution> running = starter.running(1);
    if (!running.isEmpty()) {
      throw dev.rocky.app.api.ApiException.runInProgress(running.getFirst().runId());
    }
    StartRunRequest request = submission.request();
    Optional<RunView> deflected = deflected(request);
    if (deflected.isPresent()) {
      return deflected.get();
    }
    String runId = RunIds.of(clock.instant());
    starter.start(runId, ExecutionInput.of(runId, snapshotKey, config, request, submission.caller()).json());
    return RunViews.running(runId, List.of(), submission.caller()).asked(request);
  }

  /** The run an idempotency key already belongs to, when it finished well or is in progress. */
  private Optional<RunView> deflected(StartRunRequest request) {
    String key = request.idempotencyKey();
    if (key == null) {
      return Optional.empty();
    }
    Optional<IdempotencyRecord> held = state.idempotencyRecord(key);
    Instant now = clock.instant();
    if (held.isEmpty() || held.get().isExpiredAt(now) || held.get().state() == IdempotencyState.FAILED) {
      return Optional.empty();
    }
    ApiRunStatus status = held.get().state() == IdempotencyState.SUCCEEDED
        ? ApiRunStatus.SKIPPED_IDEMPOTENT : ApiRunStatus.SKIPPED_IN_FLIGHT;
    return Optional.of(RunViews.skipped(status, held.get().runId(), request));
  }

  @Override
  public Optional<RunView> find(String runId) {
    Optional<RunRecord> record = state.run(runId);
    Optional<RunStarter.Execution> execution = starter.describe(runId);
    StartRunRequest asked = execution.flatMap(e -> ExecutionInput.asked(e.input())).orElse(null);
    if (record.isPresent()) {
      return Optional.of(RunViews.recorded(record.get()).asked(asked));
    }
    if (execution.isEmpty()) {
      return Optional.empty();
    }
    RunStarter.Execution e = execution.get();
    List<ModelExecution> models = state.modelExecutions(runId);
    if (e.status() == RunStarter.Status.RUNNING) {
      return Optional.of(RunViews.running(runId, models, null).asked(asked));
    }
    String why = e.status() == RunStarter.Status.SUCCEEDED
        ? "the workflow's execution succeeded but recorded no run"
        : "the workflow's execution ended " + e.status() + (e.error() == null ? "" : ": " + e.error())
            + (e.cause() == null ? "" : " (" + e.cause() + ")");
    ApiError error = new ApiError("execution_failed", why,
        "see the execution in the Step Functions console; start the run again when the cause is fixed", null, null);
    return Optional.of(RunViews.failed(runId, models, e.stoppedAt(), error, null).asked(asked));
  }

  @Override
  public List<RunView> recent(int limit) {
    List<RunView> out = new ArrayList<>();
    List<RunRecord> records = state.recentRuns(limit);
    for (RunStarter.Execution e : starter.running(limit)) {
      if (RunIds.isWellFormed(e.runId()) && records.stream().noneMatch(r -> r.runId().equals(e.runId()))) {
        out.add(RunViews.running(e.runId(), List.of(), null));
      }
    }
    records.forEach(r -> out.add(RunViews.recorded(r)));
    return out;
  }
}
