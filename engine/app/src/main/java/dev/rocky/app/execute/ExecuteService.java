package dev.rocky.app.execute;

import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.state.Watermark;
import dev.rocky.core.state.WatermarkAdvance;
import dev.rocky.planner.MaterializationRenderer;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Materializes one {@link ModelStep}: the unit the execute Lambda runs, and what the local run
 * coordinator calls for each model.
 *
 * <ol>
 *   <li>probe the target (exists? how far loaded?), see {@link TargetProbe};
 *   <li>render the statements for that state with {@link MaterializationRenderer}, preceded by
 *       {@code CREATE SCHEMA IF NOT EXISTS} when the target is missing;
 *   <li>run them in order, BEGIN..COMMIT runs in one transaction, and read the new watermark
 *       (NULL keeps the old one).
 * </ol>
 *
 * <p>These three steps are one unit of work: a transient failure repeats all of them (the probe
 * makes a repeat safe), with backoff and jitter, up to the {@link RetryPolicy}; a user error is
 * never retried. time_interval steps run one unit per partition window instead (see
 * {@link PartitionedExecution}). Failures are returned as a failed {@link ModelResult}, never
 * thrown; only an {@link Error} escapes. Safe to call from several threads.
 */
public final class ExecuteService {
  private final WarehouseAdapter adapter;
  private final StateStore state;
  private final Clock clock;
  private final MaterializationRenderer renderer;
  private final Retrier retrier;
  private final KnownSchemas schemas;

  /** Production defaults: {@link RetryPolicy#DEFAULT}, real sleeps, random jitter. */
  public ExecuteService(WarehouseAdapter adapter, StateStore state, Clock clock) {
    this(adapter, state, clock, RetryPolicy.DEFAULT, Sleeper.SYSTEM, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** @param random jitter source, numbers in {@code [0, 1)} */
  public ExecuteService(WarehouseAdapter adapter, StateStore state, Clock clock, RetryPolicy retry, Sleeper sleeper,
      DoubleSupplier random) {
    this(adapter, state, clock, new MaterializationRenderer(SqlDialect.of(adapter.dialect())),
        new Retrier(retry, sleeper, random, clock), KnownSchemas.none());
  }

  private ExecuteService(WarehouseAdapter adapter, StateStore state, Clock clock, MaterializationRenderer renderer,
      Retrier retrier, KnownSchemas schemas) {
    this.adapter = adapter;
    this.state = state;
    this.clock = clock;
    this.renderer = renderer;
    this.retrier = retrier;
    this.schemas = schemas;
  }

  /**
   * This service for the models of one run: it remembers the target schemas the run has seen exist
   * (see {@link KnownSchemas}), so a model in a known schema issues no {@code CREATE SCHEMA}, and
   * one whose statements do not depend on its target's state (full_refresh, view, materialized_view,
   * ephemeral) no probe either.
   */
  public ExecuteService forRun() {
    return new ExecuteService(adapter, state, clock, renderer, retrier, KnownSchemas.forRun());
  }

  /** The warehouse dialect steps must have been planned for. */
  public Dialect dialect() {
    return adapter.dialect();
  }

  /**
   * Runs the step on the adapter's view for its model ({@link WarehouseAdapter#forModel}): its
   * statements are attributed to the model, and a warehouse error names it.
   */
  public ModelResult execute(ExecuteRequest request) {
    WarehouseAdapter warehouse = adapter.forModel(request.step().model());
    StatementRunner runner = new StatementRunner(warehouse);
    if (request.step().strategy() instanceof Strategy.TimeInterval ti) {
      return new PartitionedExecution(warehouse, state, clock, renderer, retrier, runner, request, ti).run();
    }
    return plain(request, runner, new TargetProbe(warehouse, state));
  }

  /** The result of one successful unit: what the probe found and what the statements did. */
  private record Loaded(TargetProbe.Probe probe, StatementRunner.Outcome outcome) {}

  private ModelResult plain(ExecuteRequest request, StatementRunner runner, TargetProbe probe) {
    ModelStep step = request.step();
    Instant started = clock.instant();
    List<Statement> statements = new ArrayList<>();
    Retrier.Outcome<Loaded> outcome = retrier.run(() -> {
      statements.clear();
      boolean schemaKnown = schemas.contains(step.target());
      TargetProbe.Probe p = schemaKnown && !TargetProbe.dependsOnState(step.strategy())
          ? TargetProbe.Probe.NOT_NEEDED : probe.probe(step, renderer);
      if (!p.exists() && !schemaKnown) {
        statements.add(renderer.createSchema(step.target()));
      }
      statements.addAll(renderer.render(step, p.targetState()));
      if (p.voidsRecordedWatermark()) {
        state.resetWatermark(TargetProbe.key(step.target()));
      }
      Loaded loaded = new Loaded(p, runner.run(statements));
      schemas.add(step.target());
      return loaded;
    });
    String hash = SqlHash.of(withoutSchema(statements));
    Instant finished = clock.instant();
    return switch (outcome) {
      case Retrier.Done<Loaded> done -> success(step, started, finished, hash, done);
      case Retrier.Failed<Loaded> failed -> new ModelResult(step.model(), step.strategy().type(), step.target(),
          ModelStatus.FAILED, started, finished, null, null, null, hash, null, null, failed.attempts(), List.of(),
          List.of(), List.of(), ModelError.of(failed.failure(), request.sqlFile()), null);
    };
  }

  private ModelResult success(ModelStep step, Instant started, Instant finished, String hash,
      Retrier.Done<Loaded> done) {
    StatementRunner.Outcome out = done.value().outcome();
    Instant read = out.watermark();
    Instant watermark = null;
    WatermarkAdvance advance = null;
    if (TargetProbe.isWatermarked(step.strategy())) {
      watermark = read != null ? read : done.value().probe().effective();
      if (read != null) {
        advance = new WatermarkAdvance(TargetProbe.key(step.target()), new Watermark(read, finished));
      }
    }
    return new ModelResult(step.model(), step.strategy().type(), step.target(), ModelStatus.SUCCESS, started,
        finished, out.rowsWritten(), out.bytesScanned(), out.bytesWritten(), hash, watermark, advance,
        done.attempts(), out.jobIds(), List.of(), List.of(), null, null);
  }

  /** The statements that fingerprint a materialization: all but schema creation, which depends on the warehouse. */
  static List<Statement> withoutSchema(List<Statement> statements) {
    return statements.stream().filter(s -> s.purpose() != Statement.Purpose.CREATE_SCHEMA).toList();
  }

  static @Nullable Long sum(@Nullable Long a, @Nullable Long b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return Long.valueOf(a + b);
  }
}
