package dev.rocky.app.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.planner.replay.TravelPoint;
import dev.rocky.planner.sql.TableName;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything a replay needs about one model execution, stored as canonical JSON in the artifact
 * store (its key is the execution's {@code provenance}): the recipe's hash, the environment, each
 * input's identity (a Parquet snapshot, the model that built it earlier in the run, a Delta version
 * or a Time Travel instant), the target as it was before (for strategies that keep rows), the
 * partitions built, and the output's content hashes.
 *
 * @param priorTarget the target's rows before the run, for a strategy that keeps rows (null: absent or rebuilt)
 * @param priorWatermark the watermark recorded for the target before the run
 * @param partitions the time_interval partitions built, as a replay asks for them
 * @param startedAt when the model started: a replay runs with its clock stopped there
 */
public record Provenance(
    @JsonProperty("hash_scheme") String hashScheme,
    @JsonProperty("run_id") String runId,
    @JsonProperty("model") String model,
    @JsonProperty("recipe_hash") String recipeHash,
    @JsonProperty("environment") Environment environment,
    @JsonProperty("inputs") List<Snapshot> inputs,
    @JsonProperty("prior_target") @Nullable Snapshot priorTarget,
    @JsonProperty("prior_watermark") @Nullable Instant priorWatermark,
    @JsonProperty("partitions") @Nullable PartitionOptions partitions,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("output") OutputHash output) {

  public Provenance {
    Objects.requireNonNull(hashScheme, "hashScheme");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(recipeHash, "recipeHash");
    Objects.requireNonNull(environment, "environment");
    inputs = List.copyOf(Objects.requireNonNullElse(inputs, List.of()));
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(output, "output");
  }

  public byte[] bytes() {
    return CanonicalJson.bytes(this);
  }

  public static Provenance read(byte[] json) {
    return CanonicalJson.read(json, Provenance.class);
  }

  /** What the inputs were: the input hash is the SHA-256 of this identity's canonical JSON. */
  public record InputIdentity(
      @JsonProperty("inputs") List<Snapshot> inputs,
      @JsonProperty("prior_target") @Nullable Snapshot priorTarget,
      @JsonProperty("prior_watermark") @Nullable Instant priorWatermark) {

    /** The input hash; null when nothing was read. */
    public @Nullable String hash() {
      return inputs.isEmpty() && priorTarget == null && priorWatermark == null ? null : CanonicalJson.sha256(this);
    }
  }

  /** The input hash of this execution; null when it read nothing. */
  public @Nullable String inputHash() {
    return new InputIdentity(inputs, priorTarget, priorWatermark).hash();
  }

  /**
   * {@code strong} when every input is pinned (a Parquet snapshot, a Delta version or a Time Travel
   * instant), {@code heuristic} otherwise.
   */
  public String proofClass() {
    return proofClass(inputs, priorTarget);
  }

  static String proofClass(List<Snapshot> inputs, @Nullable Snapshot priorTarget) {
    boolean all = inputs.stream().allMatch(Snapshot::identified) && (priorTarget == null || priorTarget.identified());
    return all ? "strong" : "heuristic";
  }

  /** The engine and warehouse that ran it; the environment hash is the SHA-256 of its canonical JSON. */
  public record Environment(
      @JsonProperty("engine") String engine,
      @JsonProperty("engine_version") String engineVersion,
      @JsonProperty("adapter") String adapter,
      @JsonProperty("adapter_version") String adapterVersion,
      @JsonProperty("dialect") String dialect) {

    public String hash() {
      return CanonicalJson.sha256(this);
    }
  }

  /**
   * A table as it was read, identified one of four ways, or with why it was not: on DuckDB its
   * Parquet snapshot's artifact key, row count and column types (the warehouse's own, restored on
   * replay where Parquet has no such type), or, for a table an earlier model of the same run built,
   * that model's recipe and output hash (a replay rebuilds it first); on Databricks the Delta
   * version it was at; on Snowflake the instant it was read at, for Time Travel.
   *
   * @param model the model that builds the table, null for a source
   * @param version the Delta table version (Databricks)
   * @param asOf the Time Travel instant (Snowflake)
   * @param builtInRun the recipe and output of the model that built the table earlier in the same run
   */
  public record Snapshot(
      @JsonProperty("table") TableName table,
      @JsonProperty("model") @Nullable String model,
      @JsonProperty("artifact") @Nullable String artifact,
      @JsonProperty("rows") @Nullable Long rows,
      @JsonProperty("columns") List<Column> columns,
      @JsonProperty("missing") @Nullable String missing,
      @JsonProperty("version") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long version,
      @JsonProperty("as_of") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Instant asOf,
      @JsonProperty("built_in_run") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BuiltInRun builtInRun) {

    public Snapshot {
      Objects.requireNonNull(table, "table");
      columns = List.copyOf(Objects.requireNonNullElse(columns, List.of()));
      int identities = (artifact == null ? 0 : 1) + (version == null ? 0 : 1) + (asOf == null ? 0 : 1)
          + (builtInRun == null ? 0 : 1);
      if (identities > 1 || (identities == 1) == (missing != null)) {
        throw new IllegalArgumentException(table.qualifiedName()
            + ": a snapshot has one identity (artifact, version, as_of or built_in_run) or says why not");
      }
      if (builtInRun != null && model == null) {
        throw new IllegalArgumentException(table.qualifiedName() + ": a table built in the run names its model");
      }
    }

    /** A snapshot with one of the first three identities (no {@code built_in_run}), or why there is none. */
    public Snapshot(TableName table, @Nullable String model, @Nullable String artifact, @Nullable Long rows,
        List<Column> columns, @Nullable String missing, @Nullable Long version, @Nullable Instant asOf) {
      this(table, model, artifact, rows, columns, missing, version, asOf, null);
    }

    /** A Parquet snapshot, or why there is none. */
    public Snapshot(TableName table, @Nullable String model, @Nullable String artifact, @Nullable Long rows,
        List<Column> columns, @Nullable String missing) {
      this(table, model, artifact, rows, columns, missing, null, null);
    }

    /** A table read at a Delta version or a Time Travel instant. */
    public static Snapshot travel(TableName table, @Nullable String model, TravelPoint point) {
      return switch (point) {
        case TravelPoint.Version v -> new Snapshot(table, model, null, null, List.of(), null, v.version(), null);
        case TravelPoint.At a -> new Snapshot(table, model, null, null, List.of(), null, null, a.instant());
      };
    }

    /** A table {@code model} built earlier in the same run, identified by its recipe and output hash. */
    public static Snapshot built(TableName table, String model, BuiltInRun built, long rows) {
      return new Snapshot(table, model, null, rows, List.of(), null, null, null, built);
    }

    /** Where Time Travel reads it; null for a Parquet snapshot or a table not identified. */
    public @Nullable TravelPoint travelPoint() {
      return version != null ? new TravelPoint.Version(version) : asOf != null ? new TravelPoint.At(asOf) : null;
    }

    /** Whether the table's content at the time is pinned: a snapshot, a version or an instant. */
    public boolean identified() {
      return missing == null;
    }
  }

  /**
   * The run-local identity of a table an earlier model of the same run built: that model's recipe
   * hash and the content hash of its output (a replay rebuilds the model and checks the hash).
   */
  public record BuiltInRun(
      @JsonProperty("recipe_hash") String recipeHash,
      @JsonProperty("output_hash") String outputHash) {

    public BuiltInRun {
      Objects.requireNonNull(recipeHash, "recipeHash");
      Objects.requireNonNull(outputHash, "outputHash");
    }
  }

  /** A column and its type as the warehouse names it, e.g. {@code HUGEINT}, {@code DECIMAL(18,2)}. */
  public record Column(@JsonProperty("name") String name, @JsonProperty("type") String type) {}

  /**
   * An order-independent content hash of a table, computed in the warehouse: {@code content} over
   * every row, and one per column over its values (both count duplicates).
   */
  public record OutputHash(
      @JsonProperty("rows") long rows,
      @JsonProperty("content") String content,
      @JsonProperty("columns") Map<String, String> columns) {

    public OutputHash {
      Objects.requireNonNull(content, "content");
      columns = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(columns, Map.of())));
    }

    /** Columns whose values differ from {@code other}'s (present in one only, or hashed differently), sorted. */
    public List<String> differingColumns(OutputHash other) {
      TreeMap<String, Boolean> names = new TreeMap<>();
      columns.keySet().forEach(c -> names.put(c, true));
      other.columns.keySet().forEach(c -> names.put(c, true));
      return names.keySet().stream().filter(c -> !Objects.equals(columns.get(c), other.columns.get(c))).toList();
    }
  }
}
