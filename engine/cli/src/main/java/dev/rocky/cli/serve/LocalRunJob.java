package dev.rocky.cli.serve;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.api.ApiError;
import dev.rocky.app.api.ApiRunStatus;
import dev.rocky.app.api.Compiled;
import dev.rocky.app.api.RunSubmission;
import dev.rocky.app.api.RunView;
import dev.rocky.app.api.RunViews;
import dev.rocky.app.api.StartRunRequest;
import dev.rocky.app.compile.CompileService;
import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.run.RunCoordinator;
import dev.rocky.app.run.RunListener;
import dev.rocky.app.run.RunOutput;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.cli.run.RunTargets;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.project.Project;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunStatus;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.RunPlanner;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import dev.rocky.store.local.DirectoryCacheStore;
import dev.rocky.store.local.DirectoryProjectSource;
import dev.rocky.store.local.SqliteStateStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * One run started through the API, on a background thread: compile, plan (into the branch's schema
 * when asked), then run on the project's DuckDB warehouse with the {@link RunCoordinator}, as
 * {@code rocky run} does. {@link #awaitStart} answers as soon as the run has an id (or the
 * idempotency key deflected it); a failure before that is thrown there, one after it is kept as the
 * run's {@code Error}.
 */
final class LocalRunJob implements Runnable {
  /** The longest a request waits for a run to start (compile, plan, take the lease). */
  private static final long START_TIMEOUT_MINUTES = 10;

  private final ProjectPaths paths;
  private final RunSubmission submission;
  private final int parallel;
  private final Clock clock;
  private final CompletableFuture<RunView> started = new CompletableFuture<>();
  private volatile @Nullable String runId;
  private volatile @Nullable ApiError failure;
  private volatile @Nullable Instant failedAt;
  private volatile boolean done;
  /** Set when the run is recorded (or deflected): only closing the warehouse and state file remains. */
  private volatile boolean ended;
  private final CountDownLatch finished = new CountDownLatch(1);

  LocalRunJob(ProjectPaths paths, RunSubmission submission, int parallel, Clock clock) {
    this.paths = paths;
    this.submission = submission;
    this.parallel = parallel;
    this.clock = clock;
  }

  StartRunRequest request() {
    return submission.request();
  }

  @Nullable String runId() {
    return runId;
  }

  /**
   * Whether the run holds the project: it is in progress, or about to start. A run already recorded
   * is waited for while it closes the warehouse, so that a client that saw it done may start the next.
   */
  boolean holdsProject() {
    if (done) {
      return false;
    }
    if (!ended) {
      return true;
    }
    try {
      return !finished.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /** The run's view while it has no record: running, or failed after it started. */
  RunView unrecordedView(List<ModelExecution> models) {
    String id = Objects.requireNonNull(runId, "the run has not started");
    ApiError error = failure;
    RunView view = error == null ? RunViews.running(id, models, submission.caller())
        : RunViews.failed(id, models, failedAt, error, submission.caller());
    return view.asked(request());
  }

  @Override
  public void run() {
    try {
      execute();
    } catch (RuntimeException | Error e) {
      if (!started.completeExceptionally(e)) {
        failure = LocalErrors.error(e);
        failedAt = clock.instant();
      }
    } finally {
      done = true;
      finished.countDown();
      // A run that ended without starting or being deflected (it cannot, but never leave a request waiting).
      started.completeExceptionally(new IllegalStateException("the run ended before it started"));
    }
  }

  /** Waits until the run has an id; rethrows what kept it from starting. */
  RunView awaitStart() {
    try {
      return started.get(START_TIMEOUT_MINUTES, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the run did not start within " + START_TIMEOUT_MINUTES + " minutes", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the run was starting", e);
    }
  }

  private void execute() {
    StartRunRequest request = request();
    CompileResult compiled = new CompileService(DirectoryCacheStore.ofProject(paths.root()), null)
        .compile(new DirectoryProjectSource(paths.root()), paths.compileOptions(request.vars()));
    Project project = LocalErrors.translated(() -> Compiled.require(compiled, true));
    RunTargets targets = LocalErrors.translated(() -> RunTargets.of(project.config(), request.pipeline()));
    LocalPlan local = LocalErrors.translated(() -> LocalPlan.of(compiled, project, targets, request));
    SqlDialect dialect = SqlDialect.DUCKDB;
    TargetResolver resolver = TargetResolver.of(dialect);
    if (request.branch() != null) {
      resolver = resolver.onBranch(request.branch());
    }
    RunPlan plan = new RunPlanner(dialect, local.graph().planning(), local.models(), compiled.schemas(), resolver)
        .plan(local.selection());
    java.io.PrintWriter err = new java.io.PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    try (dev.rocky.app.hooks.HookDispatcher hooks = dev.rocky.cli.hooks.LocalHooks.of(project.config().hooks(),
            paths.root(), err);
        DuckDbAdapter warehouse = DuckDbAdapter.open(targets.adapter(), paths.root());
        SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
      new RunCoordinator(new ExecuteService(warehouse, state, clock), state, clock)
          .withHooks(hooks, targets.names().size() == 1 ? targets.names().getFirst() : null)
          .run(plan, local.graph().containment(), local.options(paths, parallel, submission), new Listener());
    }
  }

  /** Completes the start when the run has its id, or when the idempotency key deflected it. */
  private final class Listener implements RunListener {
    @Override
    public void runStarted(String id, List<List<String>> layers) {
      runId = id;
      started.complete(RunViews.running(id, List.of(), submission.caller()).asked(request()));
    }

    @Override
    public void runFinished(RunOutput output) {
      ended = true;
      if (output.skippedByRunId() != null && !started.isDone()) {
        ApiRunStatus status = output.status() == RunStatus.SKIPPED_IN_FLIGHT
            ? ApiRunStatus.SKIPPED_IN_FLIGHT : ApiRunStatus.SKIPPED_IDEMPOTENT;
        started.complete(RunViews.skipped(status, output.skippedByRunId(), request()));
      }
    }
  }
}
