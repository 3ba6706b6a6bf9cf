package dev.rocky.app.replication;

import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.config.ExecutionConfig;
import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.app.run.RunHooks;
import dev.rocky.core.hooks.HookEvent;
import dev.rocky.core.hooks.HookSink;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.run.RunIds;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.state.Watermark;
import dev.rocky.planner.replication.CopyStrategy;
import dev.rocky.planner.replication.DriftAction;
import dev.rocky.planner.replication.ReplicationPlan;
import dev.rocky.planner.replication.ReplicationSql;
import dev.rocky.planner.replication.TableTask;
import dev.rocky.planner.sql.SqlDialect;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a replication pipeline's plan on the warehouse: up to {@code concurrency} tables at once; a
 * failed table fails alone, unless {@code fail_fast} (stop starting tables after the first failure)
 * or {@code error_rate_abort_pct} (stop once at least four tables finished and that share of them
 * failed) says otherwise; then each failed table is tried again, one at a time, up to
 * {@code table_retries} times. Only then are the watermarks of the incremental tables that succeeded
 * committed: a failed table keeps its old one. Drift is reported in {@code drift.actions_taken} and
 * fires {@code on_drift_detected}; a hook that aborts stops the run from starting more tables.
 */
public final class ReplicationRunner {
  /** Tables that must have finished before the error rate can stop a run. */
  static final int ERROR_RATE_MIN_TABLES = 4;

  private final WarehouseAdapter warehouse;
  private final StateStore state;
  private final HookSink hooks;
  private final Clock clock;

  public ReplicationRunner(WarehouseAdapter warehouse, StateStore state, HookSink hooks, Clock clock) {
    this.warehouse = warehouse;
    this.state = state;
    this.hooks = hooks;
    this.clock = clock;
  }

  public ReplicationRunOutput run(String pipeline, ReplicationPipeline config, ReplicationPlan plan, RunOptions options) {
    Instant started = clock.instant();
    String runId = RunIds.of(started);
    AtomicBoolean hookAbort = new AtomicBoolean();
    RunHooks events = new RunHooks(hooks, pipeline, clock);
    events.pipelineStarted(runId, Map.of("tables", plan.tasks().size()));
    hookAbort.set(events.aborted());
    ReplicationSql sql = new ReplicationSql(SqlDialect.of(warehouse.dialect()), config.metadataColumns());
    TableCopier copier = new TableCopier(warehouse, state, sql,
        (task, actions) -> fireDrift(runId, pipeline, task, actions, hookAbort), clock);
    ExecutionConfig execution = config.execution();
    Phase first = runParallel(plan.tasks(), copier, execution, hookAbort);
    Map<TableTask, TableOutcome> outcomes = first.outcomes;
    Map<TableTask, Integer> attempts = new LinkedHashMap<>();
    outcomes.keySet().forEach(t -> attempts.put(t, 1));
    if (!first.aborted) {
      for (TableTask task : List.copyOf(outcomes.keySet())) {
        for (int retry = 0; retry < execution.tableRetries() && !outcomes.get(task).succeeded() && !hookAbort.get(); retry++) {
          outcomes.put(task, copier.copy(task));
          attempts.merge(task, 1, Integer::sum);
        }
      }
    }
    commitWatermarks(outcomes.values());
    Instant finished = clock.instant();
    List<TableOutcome> all = List.copyOf(outcomes.values());
    int skipped = plan.tasks().size() - all.size();
    RunOutput output = ReplicationOutputs.of(runId, started, finished, all, skipped, execution, options,
        hookAbort.get());
    state.recordRun(new RunRecord(runId, started, finished, output.status(), ReplicationOutputs.executions(all, attempts),
        options.trigger(), options.configHash(), options.triggeringIdentity(), options.sessionSource(),
        options.gitCommit(), options.gitBranch(), options.idempotencyKey(), options.targetCatalog(), options.hostname(),
        RockyVersion.get()));
    events.finished(output);
    return new ReplicationRunOutput(output, plan.excluded());
  }

  /** The outcomes of the tables that ran (in plan order), and whether the run stopped starting tables. */
  private record Phase(Map<TableTask, TableOutcome> outcomes, boolean aborted) {}

  private Phase runParallel(List<TableTask> tasks, TableCopier copier, ExecutionConfig execution, AtomicBoolean hookAbort) {
    Map<TableTask, TableOutcome> outcomes = new LinkedHashMap<>();
    if (tasks.isEmpty()) {
      return new Phase(outcomes, false);
    }
    AtomicBoolean stop = new AtomicBoolean();
    Counter counter = new Counter(execution);
    int threads = Math.min(execution.concurrency().max(), tasks.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "rocky-replication");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<TableOutcome>> futures = new ArrayList<>();
      for (TableTask task : tasks) {
        futures.add(pool.submit(() -> {
          if (stop.get() || hookAbort.get()) {
            return null;
          }
          TableOutcome outcome = copier.copy(task);
          if (counter.finished(outcome.succeeded())) {
            stop.set(true);
          }
          return outcome;
        }));
      }
      for (int i = 0; i < tasks.size(); i++) {
        TableOutcome outcome = futures.get(i).get();
        if (outcome != null) {
          outcomes.put(tasks.get(i), outcome);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while copying tables", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a table copy failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Phase(outcomes, stop.get() || hookAbort.get());
  }

  /** Counts finished tables and says when the run must stop starting new ones. */
  private static final class Counter {
    private final ExecutionConfig execution;
    private int finished;
    private int failed;

    Counter(ExecutionConfig execution) {
      this.execution = execution;
    }

    synchronized boolean finished(boolean succeeded) {
      finished++;
      failed += succeeded ? 0 : 1;
      if (!succeeded && execution.failFast()) {
        return true;
      }
      int pct = execution.errorRateAbortPct();
      return pct > 0 && finished >= ERROR_RATE_MIN_TABLES && failed * 100 >= pct * finished;
    }
  }

  private void commitWatermarks(Iterable<TableOutcome> outcomes) {
    Instant now = clock.instant();
    for (TableOutcome o : outcomes) {
      if (!o.succeeded() || !(o.task().strategy() instanceof CopyStrategy.Incremental)) {
        continue;
      }
      String key = o.task().targetKey();
      if (o.rebuilt()) {
        state.resetWatermark(key);
      }
      if (o.watermark() != null) {
        state.advanceWatermark(key, new Watermark(o.watermark(), now));
      }
    }
  }

  private void fireDrift(String runId, String pipeline, TableTask task, List<DriftAction> actions, AtomicBoolean abort) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("table", task.target().qualifiedName());
    metadata.put("asset_key", task.assetKey());
    metadata.put("actions_taken", actions);
    HookEvent event = new HookEvent("on_drift_detected", runId, pipeline, clock.instant(), null, metadata);
    if (hooks.fire(event) == HookSink.Disposition.ABORT) {
      abort.set(true);
    }
  }

  static long millis(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toMillis());
  }
}
