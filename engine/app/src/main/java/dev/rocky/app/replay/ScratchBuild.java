package dev.rocky.app.replay;

import dev.rocky.app.execute.ExecuteRequest;
import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.app.execute.RetryPolicy;
import dev.rocky.app.execute.Sleeper;
import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.core.state.Watermark;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.sql.TableName;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Rebuilds recorded DuckDB models in one scratch warehouse, as DAG replay does: a model's inputs are
 * restored from their Parquet snapshots, or, for a table an earlier model of the same run built,
 * rebuilt first from that model's recipe over its own inputs (upstream first, in DAG order), and its
 * content hash checked against the recorded one before the model reads it. A table already holding
 * what an input needs is not restored or rebuilt again. Each build has a state store of its own,
 * holding the model's recorded watermark only.
 */
final class ScratchBuild {
  private final ScratchWarehouse db;
  private final ReplaySql sql;
  private final TableSnapshots tables;
  /** What each table of the scratch warehouse holds: a snapshot's artifact key, or a rebuilt model's output. */
  private final Map<String, String> holds = new HashMap<>();

  ScratchBuild(ScratchWarehouse db, ReplaySql sql, TableSnapshots tables) {
    this.db = db;
    this.sql = sql;
    this.tables = tables;
  }

  /** An input that cannot be given to the model as it was recorded: the model is not replayable. */
  static final class Unfaithful extends Exception {
    private static final long serialVersionUID = 1L;

    Unfaithful(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Gives the model its recorded inputs (rebuilding upstream models as needed), its target as it was
   * before and its watermark, then runs its recorded recipe with the clock stopped at its start.
   */
  ModelResult build(RecordedModel recorded) throws Unfaithful {
    Provenance p = recorded.provenance();
    ModelStep step = recorded.recipe().step();
    for (RecordedModel.Input input : recorded.inputs()) {
      provide(input);
    }
    if (recorded.priorTarget() != null) {
      restore(step.target(), recorded.priorTarget());
    }
    Clock stopped = Clock.fixed(p.startedAt(), ZoneOffset.UTC);
    MemoryStateStore state = new MemoryStateStore(stopped);
    if (p.priorWatermark() != null) {
      state.advanceWatermark(step.target().qualifiedName(), new Watermark(p.priorWatermark(), p.startedAt()));
    }
    holds.remove(key(step.target()));
    ExecuteService execute = new ExecuteService(db.adapter(), state, stopped, RetryPolicy.NONE, Sleeper.SYSTEM, () -> 0);
    return execute.execute(new ExecuteRequest(p.runId(), step, recorded.recipe().sqlFile(),
        Objects.requireNonNullElse(p.partitions(), PartitionOptions.LATEST)));
  }

  /**
   * The model was built and its output hashed: when that is the recorded output, the models
   * downstream read its table as it is; otherwise they rebuild it (and find it differs).
   */
  void built(RecordedModel recorded, Provenance.OutputHash output) {
    String table = key(recorded.recipe().step().target());
    if (output.content().equals(recorded.provenance().output().content())) {
      holds.put(table, holding(recorded));
    } else {
      holds.remove(table);
    }
  }

  private static String holding(RecordedModel model) {
    return "model " + model.provenance().model() + " " + model.provenance().output().content();
  }

  private void provide(RecordedModel.Input input) throws Unfaithful {
    RecordedModel upstream = input.upstream();
    if (upstream == null) {
      restore(input.snapshot().table(), input);
      return;
    }
    Provenance.Snapshot s = input.snapshot();
    String holding = holding(upstream);
    String table = key(s.table());
    if (holding.equals(holds.get(table))) {
      return;
    }
    String what = "input " + s.table().qualifiedName() + ", rebuilt first from model '" + s.model() + "',";
    ModelResult result = build(upstream);
    if (!result.succeeded()) {
      throw new Unfaithful(what + " failed: "
          + (result.error() == null ? String.valueOf(result.status()) : result.error().summary()));
    }
    Provenance.OutputHash recorded = upstream.provenance().output();
    Provenance.OutputHash rebuilt = ContentHashes.of(db.adapter(), sql, upstream.recipe().step().target());
    if (!rebuilt.content().equals(recorded.content())) {
      List<String> columns = recorded.differingColumns(rebuilt);
      throw new Unfaithful(what + " differs from what the run recorded ("
          + (columns.isEmpty() ? "the rows differ" : "values differ in " + String.join(", ", columns))
          + "; recorded " + recorded.content() + ", rebuilt " + rebuilt.content() + ")");
    }
    holds.put(table, holding);
  }

  private void restore(TableName table, RecordedModel.Input input) {
    String holding = "snapshot " + input.snapshot().artifact();
    String key = key(table);
    if (!holding.equals(holds.get(key))) {
      tables.restore(table, input.snapshot(), input.bytes());
      holds.put(key, holding);
    }
  }

  private static String key(TableName table) {
    return table.qualifiedName().toLowerCase(Locale.ROOT);
  }
}
