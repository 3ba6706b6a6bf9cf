package dev.rocky.app.execute;

import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.AttemptRecord;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.PartitionStatus;
import dev.rocky.planner.MaterializationRenderer;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.TargetState;
import dev.rocky.planner.partition.PartitionPlanner;
import dev.rocky.planner.partition.PartitionWindow;
import dev.rocky.planner.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One time_interval step: the bootstrap (schema and an empty table) when the target is missing,
 * then one unit of work per planned window, earliest first, each retried on its own. The first
 * window that fails ends the step, so a failed backfill leaves no gap behind its last success.
 * Every partition of every attempted window gets a record: {@code Computed} or {@code Failed}.
 */
final class PartitionedExecution {
  private final WarehouseAdapter adapter;
  private final StateStore state;
  private final Clock clock;
  private final MaterializationRenderer renderer;
  private final Retrier retrier;
  private final StatementRunner runner;
  private final ExecuteRequest request;
  private final ModelStep step;
  private final Strategy.TimeInterval strategy;

  private final List<Statement> statements = new ArrayList<>();
  private final List<AttemptRecord> attempts = new ArrayList<>();
  private final List<WindowResult> windows = new ArrayList<>();
  private final List<PartitionRecord> partitions = new ArrayList<>();
  private final List<String> jobIds = new ArrayList<>();
  /** Rows written by the successful windows; null once one of them did not say. */
  private @Nullable Long rows = 0L;
  private int windowsDone;
  private @Nullable Long bytesScanned;
  private @Nullable Long bytesWritten;

  PartitionedExecution(WarehouseAdapter adapter, StateStore state, Clock clock, MaterializationRenderer renderer,
      Retrier retrier, StatementRunner runner, ExecuteRequest request, Strategy.TimeInterval strategy) {
    this.adapter = adapter;
    this.state = state;
    this.clock = clock;
    this.renderer = renderer;
    this.retrier = retrier;
    this.runner = runner;
    this.request = request;
    this.step = request.step();
    this.strategy = strategy;
  }

  ModelResult run() {
    Instant started = clock.instant();
    RuntimeException failure = bootstrap();
    if (failure == null) {
      failure = windows();
    }
    Instant finished = clock.instant();
    ModelError error = failure == null ? null : ModelError.of(failure, request.sqlFile());
    return new ModelResult(step.model(), strategy.type(), step.target(),
        failure == null ? ModelStatus.SUCCESS : ModelStatus.FAILED, started, finished, windowsDone > 0 ? rows : null,
        bytesScanned, bytesWritten, SqlHash.of(ExecuteService.withoutSchema(statements)), null, null, attempts, jobIds,
        partitions, windows, error, null);
  }

  /** Creates the schema and the empty table when the target is missing; returns the failure, if any. */
  private @Nullable RuntimeException bootstrap() {
    List<Statement> setup = new ArrayList<>();
    Retrier.Outcome<StatementRunner.Outcome> outcome = retrier.run(() -> {
      setup.clear();
      if (!adapter.tableExists(TargetProbe.ref(step.target()))) {
        setup.add(renderer.createSchema(step.target()));
        setup.addAll(renderer.render(step, TargetState.absent()));
      }
      return runner.run(setup);
    });
    statements.addAll(setup);
    return record(outcome);
  }

  /** Plans the windows and replaces them in order; returns the first failure, if any. */
  private @Nullable RuntimeException windows() {
    List<PartitionWindow> planned;
    try {
      planned = PartitionPlanner.plan(step.model(), strategy, request.partitions().selection(this::computedKeys),
          request.partitions().lookback(), clock);
    } catch (RuntimeException e) {
      return e;
    }
    for (PartitionWindow window : planned) {
      RuntimeException failure = window(window);
      if (failure != null) {
        return failure;
      }
    }
    return null;
  }

  private @Nullable RuntimeException window(PartitionWindow window) {
    Instant started = clock.instant();
    List<Statement> sql;
    try {
      sql = renderer.renderPartition(step, window);
    } catch (RuntimeException e) {
      return e;
    }
    Retrier.Outcome<StatementRunner.Outcome> outcome = retrier.run(() -> runner.run(sql));
    statements.addAll(sql);
    Instant finished = clock.instant();
    long ms = Math.max(0, Duration.between(started, finished).toMillis());
    boolean ok = outcome instanceof Retrier.Done;
    Long windowRows = outcome instanceof Retrier.Done<StatementRunner.Outcome> d ? d.value().rowsWritten() : null;
    windows.add(new WindowResult(window.key(), utc(window.start()), utc(window.end()), window.batchedWith(),
        ok ? ModelStatus.SUCCESS : ModelStatus.FAILED, started, ms, windowRows));
    for (String key : window.keys()) {
      partitions.add(new PartitionRecord(step.model(), key, ok ? PartitionStatus.COMPUTED : PartitionStatus.FAILED,
          finished, window.keys().size() == 1 ? windowRows : null, ms, request.runId(), null));
    }
    if (ok) {
      windowsDone++;
      rows = rows == null || windowRows == null ? null : Long.valueOf(rows + windowRows);
    }
    return record(outcome);
  }

  /** Adds a unit's trail and figures; returns its failure, if any. */
  private @Nullable RuntimeException record(Retrier.Outcome<StatementRunner.Outcome> outcome) {
    attempts.addAll(outcome.attempts());
    return switch (outcome) {
      case Retrier.Done<StatementRunner.Outcome> done -> {
        StatementRunner.Outcome out = done.value();
        bytesScanned = ExecuteService.sum(bytesScanned, out.bytesScanned());
        bytesWritten = ExecuteService.sum(bytesWritten, out.bytesWritten());
        jobIds.addAll(out.jobIds());
        yield null;
      }
      case Retrier.Failed<StatementRunner.Outcome> failed -> failed.failure();
    };
  }

  private Set<String> computedKeys() {
    return state.partitions(step.model()).stream().filter(p -> p.status() == PartitionStatus.COMPUTED)
        .map(PartitionRecord::partitionKey).collect(Collectors.toSet());
  }

  private static Instant utc(LocalDateTime t) {
    return t.toInstant(ZoneOffset.UTC);
  }
}
