package dev.rocky.app.replay;

import dev.rocky.app.execute.ExecuteService;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.planner.replay.TimeTravelSql;
import dev.rocky.planner.sql.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky replay}: rebuilds recorded models from their recorded recipes (never from the working
 * tree) over their recorded inputs, through the same {@link ExecuteService} a run uses, with the
 * clock stopped at the model's recorded start. Where is decided by the warehouse the run was recorded
 * on: a DuckDB run's models on a scratch warehouse (one per replay, {@link ScratchSession}), from
 * Parquet snapshots, an input built earlier in the run rebuilt there first from its model's record
 * ({@link ScratchBuild}); a
 * Databricks or Snowflake run's models on that warehouse, in a {@code replay__<run>} schema, reading
 * their inputs by Time Travel ({@link TravelReplay}). Works for every strategy: a strategy that keeps
 * rows starts from the target's recorded content and watermark.
 */
public final class ReplayService {
  /** What {@code latest} stands for. */
  public static final String LATEST = "latest";

  private final StateStore state;
  private final ArtifactStore artifacts;
  private final Supplier<ScratchWarehouse> scratch;
  private final @Nullable WarehouseAdapter warehouse;

  /** Replays DuckDB runs only; a run recorded on Databricks or Snowflake is reported non-replayable. */
  public ReplayService(StateStore state, ArtifactStore artifacts, Supplier<ScratchWarehouse> scratch) {
    this(state, artifacts, scratch, null);
  }

  /**
   * @param warehouse the Databricks or Snowflake warehouse the runs were recorded on, where their
   *     models are rebuilt by Time Travel (not closed here); null when there is none
   */
  public ReplayService(StateStore state, ArtifactStore artifacts, Supplier<ScratchWarehouse> scratch,
      @Nullable WarehouseAdapter warehouse) {
    this.state = state;
    this.artifacts = artifacts;
    this.scratch = scratch;
    this.warehouse = warehouse;
  }

  /** @param run a run id, or {@code latest} */
  public ReplayReport replay(String run, @Nullable String model, ReplayMode mode) {
    RunRecord record = find(run);
    List<ModelExecution> executions = record.modelsExecuted().stream()
        .filter(e -> model == null || e.modelName().equals(model)).toList();
    if (model != null && executions.isEmpty()) {
      throw new ReplayException(ReplayErrorCode.REPLAY_MODEL_NOT_IN_RUN, "run " + record.runId()
          + " did not execute model '" + model + "'", "see what it executed with: rocky replay " + record.runId());
    }
    List<ModelReplay> out = new ArrayList<>();
    try (TravelReplay travel = warehouse == null || !TimeTravelSql.supports(SqlDialect.of(warehouse.dialect())) ? null
        : new TravelReplay(warehouse); ScratchSession session = new ScratchSession(scratch, artifacts)) {
      RunModels models = new RunModels(record, artifacts);
      for (ModelExecution e : executions) {
        out.add(mode == ReplayMode.SHOW ? ModelReplay.shown(e) : judge(e, mode, travel, models, session));
      }
    }
    return ReplayReport.of(RunSummary.of(record), mode, out);
  }

  /**
   * Replays one recorded model: the one at {@code position} in the run's {@code models_executed}
   * (how a workflow that replays models in parallel names them).
   *
   * @param runId a run id, or {@code latest}
   */
  public ModelReplay replay(String runId, int position, ReplayMode mode) {
    RunRecord record = find(runId);
    if (position < 0 || position >= record.modelsExecuted().size()) {
      throw new ReplayException(ReplayErrorCode.REPLAY_MODEL_NOT_IN_RUN, "run " + record.runId() + " executed "
          + record.modelsExecuted().size() + " models; it has none at position " + position,
          "see what it executed with: rocky replay " + record.runId());
    }
    ModelExecution e = record.modelsExecuted().get(position);
    if (mode == ReplayMode.SHOW) {
      return ModelReplay.shown(e);
    }
    try (TravelReplay travel = warehouse == null || !TimeTravelSql.supports(SqlDialect.of(warehouse.dialect())) ? null
        : new TravelReplay(warehouse); ScratchSession session = new ScratchSession(scratch, artifacts)) {
      return judge(e, mode, travel, new RunModels(record, artifacts), session);
    }
  }

  /**
   * The recorded run {@code run} names.
   *
   * @param run a run id, or {@code latest}
   */
  public RunRecord run(String run) {
    return find(run);
  }

  private RunRecord find(String run) {
    if (run.equals(LATEST)) {
      return state.recentRuns(1).stream().findFirst().orElseThrow(() -> new ReplayException(ReplayErrorCode.REPLAY_NO_RUNS,
          "no run has been recorded yet", "run the project first: rocky run"));
    }
    return state.run(run).orElseThrow(() -> new ReplayException(ReplayErrorCode.REPLAY_RUN_NOT_FOUND,
        "no run '" + run + "' is recorded", "list the recorded runs with: rocky history"));
  }

  private ModelReplay judge(ModelExecution e, ReplayMode mode, @Nullable TravelReplay travel, RunModels models,
      ScratchSession session) {
    RecordedModel recorded;
    try {
      recorded = models.load(e);
    } catch (RecordedModel.NotReplayable n) {
      return ModelReplay.judged(e, new Verdict.NonReplayable(n.getMessage()), null, null);
    }
    Provenance.OutputHash before = recorded.provenance().output();
    if (mode == ReplayMode.CHECK) {
      return ModelReplay.judged(e, new Verdict.Replayable(), before.rows(), null);
    }
    Dialect recordedOn = Dialect.ofAdapterType(recorded.provenance().environment().dialect()).orElse(Dialect.DUCKDB);
    if (recordedOn != Dialect.DUCKDB && (travel == null || warehouse == null || warehouse.dialect() != recordedOn)) {
      return ModelReplay.judged(e, new Verdict.NonReplayable("recorded on " + recordedOn.id()
          + ": it is rebuilt there by Time Travel, and no " + recordedOn.id() + " warehouse is configured for this replay"),
          before.rows(), null);
    }
    Rebuilt rebuilt = recordedOn == Dialect.DUCKDB ? session.rebuild(recorded)
        : travel.rebuild(recorded);
    Verdict verdict;
    if (rebuilt.notReplayable()) {
      verdict = new Verdict.NonReplayable(String.valueOf(rebuilt.failure()));
    } else if (rebuilt.output() == null) {
      verdict = new Verdict.Diverged(List.of(), null, "the replay failed: " + rebuilt.failure());
    } else if (mode == ReplayMode.EXECUTE) {
      verdict = new Verdict.Executed(rebuilt.output());
    } else if (rebuilt.output().content().equals(before.content())) {
      verdict = new Verdict.BitExact(rebuilt.output());
    } else {
      List<String> columns = before.differingColumns(rebuilt.output());
      verdict = new Verdict.Diverged(columns, rebuilt.output(), columns.isEmpty()
          ? "the rows differ" : "values differ in " + String.join(", ", columns));
    }
    return ModelReplay.judged(e, verdict, before.rows(), rebuilt.note());
  }
}
