package dev.rocky.app.replay;

import dev.rocky.app.execute.ExecuteRequest;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.app.execute.WindowResult;
import dev.rocky.app.run.ModelRecorder;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.config.RuntimeSections.Replay;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.RecipeIdentity;
import dev.rocky.core.state.Watermark;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.replay.TimeTravelSql;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Records what each model of a run was built from. Before the model runs: its recipe goes to the
 * artifact store; each input is identified, on DuckDB by a Parquet snapshot (once per run while
 * unchanged), on Databricks by its Delta version, on Snowflake by the statement time Time Travel
 * reads it at ({@link TravelInputs}); and for a strategy that keeps rows, the target as it is and
 * its watermark. After a success: the
 * output's content hash is computed in the warehouse, and the {@link Provenance} is stored. The
 * execution then carries its {@link RecipeIdentity}. What cannot be recorded is left out; the model
 * never fails because of the recorder. The project's {@code [replay] record} chooses how much:
 * everything ({@code full}), recipes and output hashes without the inputs ({@code hashes}: cheaper,
 * and a replay reports the models non-replayable), or nothing ({@code off}).
 */
public final class ProvenanceRecorder implements ModelRecorder, AutoCloseable {
  private static final String NOT_RECORDED = "inputs are not recorded: rocky.toml has [replay] record = \"hashes\"";

  private final WarehouseAdapter adapter;
  private final StateStore state;
  private final ArtifactStore artifacts;
  private final Map<String, Recipe> recipes;
  private final ReplaySql sql;
  private final TableSnapshots snapshots;
  private final @Nullable TravelInputs travel;
  private final Replay.Record mode;
  private final Map<String, Provenance.Snapshot> read = new ConcurrentHashMap<>();
  /** Tables built by this run's models that a replay can rebuild, by table: what their readers record. */
  private final Map<String, Built> built = new ConcurrentHashMap<>();
  private volatile @Nullable Env environment;

  /** @param recipes the recipe of each model the run builds, by name */
  public ProvenanceRecorder(WarehouseAdapter adapter, StateStore state, ArtifactStore artifacts,
      Map<String, Recipe> recipes) {
    this(adapter, state, artifacts, recipes, Replay.Record.FULL);
  }

  /**
   * @param recipes the recipe of each model the run builds, by name
   * @param mode how much to record ({@code [replay] record})
   */
  public ProvenanceRecorder(WarehouseAdapter adapter, StateStore state, ArtifactStore artifacts,
      Map<String, Recipe> recipes, Replay.Record mode) {
    this.mode = mode;
    this.adapter = adapter;
    this.state = state;
    this.artifacts = artifacts;
    this.recipes = Map.copyOf(recipes);
    this.sql = new ReplaySql(SqlDialect.of(adapter.dialect()));
    this.snapshots = new TableSnapshots(adapter, artifacts, sql);
    this.travel = TimeTravelSql.supports(sql.dialect()) ? new TravelInputs(adapter, new TimeTravelSql(sql.dialect())) : null;
  }

  @Override
  public ModelResult record(ExecuteRequest request, Supplier<ModelResult> execution) {
    ModelStep step = request.step();
    Recipe recipe = recipes.get(step.model());
    if (recipe == null || mode == Replay.Record.OFF) {
      return execution.get();
    }
    String recipeHash = artifacts.put(recipe.bytes());
    Env env = environment();
    List<Provenance.Snapshot> inputs = new ArrayList<>();
    Provenance.Snapshot prior = null;
    Instant priorWatermark = null;
    boolean identifies = sql.snapshots() || travel != null;
    if (mode == Replay.Record.HASHES) {
      recipe.inputs().forEach(i -> inputs.add(TableSnapshots.missing(i.table(), i.model(), NOT_RECORDED)));
      if (keepsRows(step.strategy())) {
        prior = TableSnapshots.missing(step.target(), step.model(), NOT_RECORDED);
      }
    } else if (sql.snapshots()) {
      recipe.inputs().forEach(i -> inputs.add(input(i)));
      if (keepsRows(step.strategy())) {
        prior = snapshots.takeIfExists(step.target(), step.model());
      }
    } else if (travel != null) {
      boolean reads = !recipe.inputs().isEmpty() || keepsRows(step.strategy());
      TravelInputs.Moment moment = reads ? travel.moment() : null;
      recipe.inputs().forEach(i -> inputs.add(moment != null ? travel.take(i.table(), i.model(), moment)
          : read.computeIfAbsent(key(i.table()), k -> travel.take(i.table(), i.model(), null))));
      if (keepsRows(step.strategy()) && exists(step.target())) {
        prior = travel.take(step.target(), step.model(), moment);
      }
    }
    if (identifies) {
      priorWatermark = state.watermark(step.target().qualifiedName()).map(Watermark::lastValue).orElse(null);
    }
    ModelResult result = execution.get();
    read.remove(key(step.target()));
    built.remove(key(step.target()));
    Provenance.OutputHash output = result.succeeded() && identifies ? output(step.target()) : null;
    if (output == null) {
      String inputHash = identifies ? new Provenance.InputIdentity(inputs, prior, priorWatermark).hash() : null;
      return result.withIdentity(new RecipeIdentity(recipeHash, inputHash,
          inputHash == null ? null : Provenance.proofClass(inputs, prior),
          env.hash(), RecipeIdentity.SCHEME, null, null));
    }
    Provenance p = new Provenance(RecipeIdentity.SCHEME, request.runId(), step.model(), recipeHash, env.environment(),
        inputs, prior, priorWatermark, partitions(result), result.startedAt(), output);
    String key = artifacts.put(p.bytes());
    if (sql.snapshots() && recipe.deterministic() && p.proofClass().equals("strong")) {
      built.put(key(step.target()),
          new Built(step.model(), new Provenance.BuiltInRun(recipeHash, output.content()), output.rows()));
    }
    return result.withIdentity(new RecipeIdentity(recipeHash, p.inputHash(), p.proofClass(), env.hash(),
        RecipeIdentity.SCHEME, output.content(), key));
  }

  /**
   * How an input is identified on DuckDB: a table an earlier model of this run built (deterministic,
   * from identified inputs) by that model's recipe and output hash, which a replay rebuilds; any
   * other table by a Parquet snapshot, taken once per run while the table is unchanged.
   */
  private Provenance.Snapshot input(Recipe.Input i) {
    String k = key(i.table());
    Built b = built.get(k);
    if (b != null) {
      return Provenance.Snapshot.built(i.table(), b.model(), b.identity(), b.rows());
    }
    return read.computeIfAbsent(k, x -> snapshots.take(i.table(), i.model()));
  }

  /** A table this run built, and the identity its readers record for it. */
  private record Built(String model, Provenance.BuiltInRun identity, long rows) {}

  private boolean exists(TableName table) {
    try {
      return adapter.tableExists(TableSnapshots.ref(table));
    } catch (RockyException e) {
      return false;
    }
  }

  /** Whether a run adds to the target's rows rather than rebuilding it: then its rows before are an input. */
  static boolean keepsRows(Strategy strategy) {
    return switch (strategy) {
      case Strategy.FullRefresh f -> false;
      case Strategy.View v -> false;
      case Strategy.MaterializedView m -> false;
      case Strategy.Ephemeral e -> false;
      case Strategy.Incremental i -> true;
      case Strategy.Merge m -> true;
      case Strategy.DeleteInsert d -> true;
      case Strategy.TimeInterval t -> true;
      case Strategy.Microbatch m -> true;
    };
  }

  private Provenance.@Nullable OutputHash output(TableName target) {
    try {
      return ContentHashes.of(adapter, sql, target);
    } catch (RockyException | IllegalStateException e) {
      return null;
    }
  }

  /** The partitions a time_interval run built, as one partition or the range from the first to the last. */
  private static @Nullable PartitionOptions partitions(ModelResult result) {
    TreeSet<String> keys = new TreeSet<>();
    for (WindowResult w : result.windows()) {
      keys.add(w.key());
      keys.addAll(w.batchedWith());
    }
    if (keys.isEmpty()) {
      return null;
    }
    return keys.size() == 1 ? PartitionOptions.single(keys.first()) : PartitionOptions.range(keys.first(), keys.last());
  }

  private Env environment() {
    Env env = environment;
    if (env == null) {
      String version;
      try {
        version = String.valueOf(adapter.query(sql.version()).single());
      } catch (RockyException | IllegalStateException e) {
        version = "unknown";
      }
      String dialect = adapter.dialect().id();
      Provenance.Environment e = new Provenance.Environment("rocky-jvm", RockyVersion.get(), dialect, version, dialect);
      env = new Env(e, e.hash());
      environment = env;
    }
    return env;
  }

  /** The environment, with its hash computed once per run. */
  private record Env(Provenance.Environment environment, String hash) {}

  private static String key(TableName table) {
    return table.qualifiedName().toLowerCase(Locale.ROOT);
  }

  /** The recipes, snapshots and provenance of the layer's models made durable with one sync of the store. */
  @Override
  public void layerFinished() {
    try {
      artifacts.sync();
    } catch (RockyException e) {
      // not durable yet: the next sync tries again, and a get checks every artifact it reads
    }
  }

  @Override
  public void close() {
    try {
      artifacts.sync();
    } finally {
      snapshots.close();
    }
  }
}
