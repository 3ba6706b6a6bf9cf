package dev.rocky.app.run;

import dev.rocky.app.execute.ExecuteRequest;
import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.port.StateStore;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Runs a plan's layers in order, the models of a layer on a pool of {@code parallel} threads. Each
 * result is committed (execution, watermark and partitions in one transaction) on the coordinating
 * thread, together with the results that arrive within {@link #COMMIT_WINDOW} of it, in one
 * transaction of the state store. A model whose upstream failed is
 * skipped and committed as such. Each model fires its hook events ({@link RunHooks}) on its worker
 * thread; once a hook stops the run, no further model starts: each is committed as skipped. A failure to commit ends the run: the exception propagates, and
 * what was committed before it stays.
 */
final class LayerRunner {
  /**
   * How long a finished model's result may wait for others to share its commit: an interrupted run
   * loses at most this much of its results' commits (its models run again, and an incremental
   * load that ran past its recorded watermark resumes from the target's own maximum, see
   * {@code TargetProbe}), for one state-store transaction per burst of models instead of one each.
   */
  static final Duration COMMIT_WINDOW = Duration.ofMillis(100);

  private final ExecuteService execute;
  private final StateStore state;
  private final Clock clock;
  private final String runId;
  private final RunOptions options;
  private final RunListener listener;
  private final Runnable afterCommit;
  private final ModelRecorder recorder;
  private final RunHooks hooks;
  private final Map<String, ModelResult> results = new HashMap<>();
  private final Map<String, String> blockedBy = new HashMap<>();

  LayerRunner(ExecuteService execute, StateStore state, Clock clock, String runId, RunOptions options,
      RunListener listener, Runnable afterCommit, ModelRecorder recorder, RunHooks hooks) {
    this.execute = execute;
    this.state = state;
    this.clock = clock;
    this.runId = runId;
    this.options = options;
    this.listener = listener;
    this.afterCommit = afterCommit;
    this.recorder = recorder;
    this.hooks = hooks;
  }

  RunOutputs.Executed run(RunPlan plan, ModelGraph graph) {
    Set<String> planned = plan.steps().stream().map(ModelStep::model).collect(Collectors.toSet());
    Blockers blockers = new Blockers(graph, planned);
    ExecutorService pool = Executors.newFixedThreadPool(options.parallel(), threads(runId));
    try {
      List<List<ModelStep>> layers = plan.layers();
      for (int i = 0; i < layers.size(); i++) {
        runLayer(i, layers.get(i), pool, blockers);
        recorder.layerFinished();
        listener.layerFinished(i, layers.size());
      }
    } finally {
      pool.shutdownNow();
      awaitQuietly(pool);
    }
    return new RunOutputs.Executed(plan.steps().stream().map(s -> results.get(s.model())).toList(), blockedBy);
  }

  private void runLayer(int layer, List<ModelStep> steps, ExecutorService pool, Blockers blockers) {
    CompletionService<ModelResult> running = new ExecutorCompletionService<>(pool);
    int submitted = 0;
    for (ModelStep step : steps) {
      if (hooks.aborted()) {
        commitStopped(layer, step);
        continue;
      }
      Optional<Blockers.Blocker> blocker = blockers.blockerOf(step.model());
      if (blocker.isPresent()) {
        ModelResult skipped = ModelResult.skipped(step, blocker.get().reason(), clock.instant());
        commit(skipped);
        blockers.skipped(step.model(), blocker.get());
        blockedBy.put(step.model(), blocker.get().failed());
        listener.modelSkipped(layer, step.model(), blocker.get().reason());
        continue;
      }
      ExecuteRequest request = new ExecuteRequest(runId, step, options.sqlFile(step.model()), options.partitions());
      running.submit(() -> {
        if (!hooks.beforeModel(step)) {
          return ModelResult.skipped(step, hooks.abortReason(), clock.instant());
        }
        listener.modelStarted(layer, step.model());
        ModelResult result = recorder.record(request, () -> execute.execute(request));
        hooks.afterModel(result);
        return result;
      });
      submitted++;
    }
    for (int done = 0; done < submitted; ) {
      List<ModelResult> arrived = arrived(running, submitted - done);
      commit(arrived);
      done += arrived.size();
      for (ModelResult result : arrived) {
        if (result.status() == ModelStatus.SKIPPED) {
          listener.modelSkipped(layer, result.model(), hooks.abortReason());
        } else if (result.succeeded()) {
          listener.modelFinished(layer, result);
        } else {
          blockers.failed(result.model());
          listener.modelFailed(layer, result);
        }
      }
    }
  }

  /**
   * The next result (waiting for it), and those that finish within {@link #COMMIT_WINDOW} of it,
   * at most {@code pending} in all: committed together, in one transaction of the state store.
   */
  private static List<ModelResult> arrived(CompletionService<ModelResult> running, int pending) {
    List<ModelResult> arrived = new ArrayList<>();
    arrived.add(next(running));
    long deadline = System.nanoTime() + COMMIT_WINDOW.toNanos();
    try {
      while (arrived.size() < pending) {
        Future<ModelResult> more = running.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (more == null) {
          break;
        }
        arrived.add(get(more));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the run was interrupted while models were running", e);
    }
    return arrived;
  }

  /** A model not run because a hook stopped the run. */
  private void commitStopped(int layer, ModelStep step) {
    commit(ModelResult.skipped(step, hooks.abortReason(), clock.instant()));
    listener.modelSkipped(layer, step.model(), hooks.abortReason());
  }

  private void commit(ModelResult result) {
    state.commitModelResult(result.toCommit(runId));
    results.put(result.model(), result);
    afterCommit.run();
  }

  /** Several results in one commit of the state store (see {@link StateStore#commitModelResults}). */
  private void commit(List<ModelResult> arrived) {
    state.commitModelResults(arrived.stream().map(r -> r.toCommit(runId)).toList());
    arrived.forEach(r -> results.put(r.model(), r));
    afterCommit.run();
  }

  private static ModelResult next(CompletionService<ModelResult> running) {
    try {
      return get(running.take());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the run was interrupted while models were running", e);
    }
  }

  /** A finished model's result; ExecuteService returns failures as results: only an Error or a bug throws. */
  private static ModelResult get(Future<ModelResult> finished) {
    try {
      return finished.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the run was interrupted while models were running", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory threads(String runId) {
    AtomicInteger n = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "rocky-" + runId + "-model-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
