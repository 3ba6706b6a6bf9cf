package dev.rocky.app.replay;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.bind.UnresolvedColumn;
import dev.rocky.compiler.bind.UpstreamRef;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.sql.TableName;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A compiled model, as a run builds it: the planned step (executable SQL with its upstreams bound,
 * typed columns, strategy, target), the tables it reads, its column lineage (its own, then that of
 * each ephemeral model inlined into it) and the non-deterministic constructs in its SQL. Its
 * SHA-256 over canonical JSON is the execution's {@code recipe_hash}; the recipe is stored under
 * that key, so a replay rebuilds the model from it and never from the working tree.
 *
 * @param inputs the tables the SQL reads, in order of first reference: upstream models at their
 *     physical tables (the branch table for a model built in the same branch run), sources as named
 */
public record Recipe(
    @JsonProperty("model") String model,
    @JsonProperty("sql_file") String sqlFile,
    @JsonProperty("step") ModelStep step,
    @JsonProperty("inputs") List<Input> inputs,
    @JsonProperty("lineage") List<Lineage> lineage,
    @JsonProperty("nondeterministic") List<String> nondeterministic) {

  public Recipe {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(sqlFile, "sqlFile");
    Objects.requireNonNull(step, "step");
    inputs = List.copyOf(Objects.requireNonNullElse(inputs, List.of()));
    lineage = List.copyOf(Objects.requireNonNullElse(lineage, List.of()));
    nondeterministic = List.copyOf(Objects.requireNonNullElse(nondeterministic, List.of()));
  }

  /** The recipe hash: SHA-256 of the canonical JSON. */
  public String hash() {
    return CanonicalJson.sha256(this);
  }

  public byte[] bytes() {
    return CanonicalJson.bytes(this);
  }

  public static Recipe read(byte[] json) {
    return CanonicalJson.read(json, Recipe.class);
  }

  /**
   * The recipe a recorded execution was built from, through its replay record; empty when either
   * artifact is missing or corrupt.
   */
  public static java.util.Optional<Recipe> recorded(dev.rocky.core.port.ArtifactStore artifacts, @Nullable String provenance) {
    if (provenance == null) {
      return java.util.Optional.empty();
    }
    try {
      return artifacts.get(provenance).map(Provenance::read)
          .flatMap(p -> artifacts.get(p.recipeHash())).map(Recipe::read);
    } catch (dev.rocky.core.error.RockyException | IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /** Whether the model's result depends only on its inputs. */
  public boolean deterministic() {
    return nondeterministic.isEmpty();
  }

  /** A table the model reads; {@code model} names the model that builds it, null for a source. */
  public record Input(@JsonProperty("table") TableName table, @JsonProperty("model") @Nullable String model) {
    public Input {
      Objects.requireNonNull(table, "table");
    }
  }

  /** One model's compiled column lineage, enough to rebuild its part of a lineage graph. */
  public record Lineage(
      @JsonProperty("model") String model,
      @JsonProperty("schema") ModelSchema schema,
      @JsonProperty("edges") List<Edge> edges,
      @JsonProperty("unresolved") List<Unresolved> unresolved,
      @JsonProperty("has_star") boolean hasStar,
      @JsonProperty("upstreams") List<Upstream> upstreams) {

    public Lineage {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(schema, "schema");
      edges = List.copyOf(Objects.requireNonNullElse(edges, List.of()));
      unresolved = List.copyOf(Objects.requireNonNullElse(unresolved, List.of()));
      upstreams = List.copyOf(Objects.requireNonNullElse(upstreams, List.of()));
    }

    public static Lineage of(ModelAnalysis a) {
      return new Lineage(a.model(), a.schema(),
          a.edges().stream().map(e -> new Edge(e.source().model(), e.source().column(), e.target().column(),
              e.transform().render())).toList(),
          a.unresolved().stream().map(u -> new Unresolved(u.column(), u.reason())).toList(), a.hasStar(),
          a.upstreams().stream().map(u -> new Upstream(u.name(), u.kind().name().toLowerCase(java.util.Locale.ROOT)))
              .toList());
    }

    /** The analysis again, without join keys and diagnostics. */
    public ModelAnalysis toAnalysis() {
      return new ModelAnalysis(model, schema,
          edges.stream().map(e -> new LineageEdge(new ColumnRef(e.sourceModel(), e.sourceColumn()),
              new ColumnRef(model, e.column()), Transform.parse(e.transform()))).toList(),
          unresolved.stream().map(u -> new UnresolvedColumn(u.column(), u.reason())).toList(), hasStar,
          upstreams.stream().map(u -> new UpstreamRef(u.name(),
              UpstreamRef.Kind.valueOf(u.kind().toUpperCase(java.util.Locale.ROOT)))).toList(),
          List.of(), List.of());
    }

    /** The edges into {@code column} (case-insensitive). */
    public List<Edge> edgesInto(String column) {
      return edges.stream().filter(e -> e.column().equalsIgnoreCase(column)).toList();
    }
  }

  /** An upstream column flows into (or shapes) {@code column}; {@code transform} as Rocky spells it. */
  public record Edge(
      @JsonProperty("source_model") String sourceModel,
      @JsonProperty("source_column") String sourceColumn,
      @JsonProperty("column") String column,
      @JsonProperty("transform") String transform) {}

  public record Unresolved(@JsonProperty("column") String column, @JsonProperty("reason") String reason) {}

  /** A table read: {@code kind} is {@code model}, {@code source} or {@code unknown}. */
  public record Upstream(@JsonProperty("name") String name, @JsonProperty("kind") String kind) {}
}
