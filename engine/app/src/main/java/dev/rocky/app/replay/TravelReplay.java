package dev.rocky.app.replay;

import dev.rocky.app.execute.ExecuteRequest;
import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.app.execute.RetryPolicy;
import dev.rocky.app.execute.Sleeper;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.state.Watermark;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.replay.TimeTravelSql;
import dev.rocky.planner.replay.TravelPoint;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Rebuilds a model recorded on Databricks or Snowflake on that warehouse: into a
 * {@code replay__<run>} schema next to its target, from its recorded SQL with every input read at
 * its recorded point ({@link TravelBinding}), a strategy that keeps rows starting from a clone of the
 * target as it was; then hashes the result there. Closing drops every replay schema it made,
 * whatever happened.
 */
final class TravelReplay implements AutoCloseable {
  private final WarehouseAdapter warehouse;
  private final SqlDialect dialect;
  private final TimeTravelSql sql;
  private final java.util.Map<String, TableName> schemas = new java.util.LinkedHashMap<>();
  private @org.jspecify.annotations.Nullable String version;

  TravelReplay(WarehouseAdapter warehouse) {
    this.warehouse = warehouse;
    this.dialect = SqlDialect.of(warehouse.dialect());
    this.sql = new TimeTravelSql(dialect);
  }

  Rebuilt rebuild(RecordedModel recorded) {
    Provenance p = recorded.provenance();
    Recipe recipe = recorded.recipe();
    ModelStep step = recipe.step();
    String bound;
    try {
      bound = new TravelBinding(dialect).bind(step.model(), recipe.sqlFile(), step.sql(), p.inputs());
    } catch (RecordedModel.NotReplayable n) {
      return Rebuilt.notReplayable(Objects.requireNonNull(n.getMessage()), null);
    }
    TableName target = sql.inReplaySchema(step.target(), p.runId());
    String note = null;
    try {
      note = note(p);
      if (!schemas.containsKey(dialect.schema(target))) {
        schemas.put(dialect.schema(target), target);
        warehouse.execute(sql.createSchema(target));
      }
      if (recorded.priorTarget() != null) {
        TravelPoint before = Objects.requireNonNull(recorded.priorTarget().snapshot().travelPoint(), "a recorded point");
        warehouse.execute(sql.cloneAt(step.target(), target, before));
      }
      MemoryStateStore state = new MemoryStateStore(Clock.fixed(p.startedAt(), ZoneOffset.UTC));
      if (p.priorWatermark() != null) {
        state.advanceWatermark(target.qualifiedName(), new Watermark(p.priorWatermark(), p.startedAt()));
      }
      ExecuteService execute = new ExecuteService(warehouse, state, Clock.fixed(p.startedAt(), ZoneOffset.UTC),
          RetryPolicy.NONE, Sleeper.SYSTEM, () -> 0);
      ModelStep replayed = new ModelStep(step.model(), step.strategy(), target, bound, step.schema(), step.inlined());
      ModelResult result = execute.execute(new ExecuteRequest(p.runId(), replayed, recipe.sqlFile(),
          Objects.requireNonNullElse(p.partitions(), PartitionOptions.LATEST)));
      if (!result.succeeded()) {
        String why = result.error() == null ? String.valueOf(result.status()) : result.error().message();
        return failure(why, note);
      }
      return Rebuilt.of(ContentHashes.of(warehouse, new ReplaySql(dialect), target), note);
    } catch (RockyException | IllegalStateException e) {
      return failure(String.valueOf(e.getMessage()), note);
    }
  }

  @Override
  public void close() {
    for (TableName in : schemas.values()) {
      try {
        warehouse.execute(sql.dropSchema(in));
      } catch (RockyException e) {
        // the schema stays behind; its name says which replay left it
      }
    }
    schemas.clear();
  }

  private @org.jspecify.annotations.Nullable String note(Provenance p) {
    if (version == null) {
      try {
        version = String.valueOf(warehouse.query(new ReplaySql(dialect).version()).single());
      } catch (RockyException | IllegalStateException e) {
        version = "unknown"; // as the recorder writes it when the warehouse does not say
      }
    }
    return version.equals(p.environment().adapterVersion()) ? null
        : "recorded on " + p.environment().adapter() + " " + p.environment().adapterVersion() + ", replayed on " + version;
  }

  private static Rebuilt failure(String why, @org.jspecify.annotations.Nullable String note) {
    return HistoryGone.matches(why) ? Rebuilt.notReplayable(HistoryGone.reason(why), note) : Rebuilt.failed(why, note);
  }
}
