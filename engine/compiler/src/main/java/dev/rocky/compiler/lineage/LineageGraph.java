package dev.rocky.compiler.lineage;

import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.bind.UnresolvedColumn;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The project's column-level lineage: every model's one-hop edges, indexed by target and by source
 * column, with transitive walks. Tables that are not models (declared sources, external tables) are
 * leaves. Every column has a {@link ColumnStatus}; a walk lists the columns it met whose lineage is
 * unknown, with the reason, so an empty trace always means "nothing upstream (or downstream)", never
 * "unknown". Names are matched case-insensitively; results carry the names as the models spell them.
 *
 * <p>Immutable and thread-safe; the indexes are built on first use. Equal when built from equal
 * analyses.
 */
public final class LineageGraph {
  private static final LineageGraph EMPTY = new LineageGraph(Map.of());

  private final Map<String, ModelAnalysis> analyses;
  private volatile @Nullable LineageIndex index;

  private LineageGraph(Map<String, ModelAnalysis> analyses) {
    this.analyses = Collections.unmodifiableMap(new LinkedHashMap<>(analyses));
  }

  /** The graph of these analyses (by model name, in file order). */
  public static LineageGraph of(Map<String, ModelAnalysis> analyses) {
    return analyses.isEmpty() ? EMPTY : new LineageGraph(analyses);
  }

  public static LineageGraph empty() {
    return EMPTY;
  }

  private LineageIndex index() {
    LineageIndex i = index;
    if (i == null) {
      synchronized (this) {
        i = index;
        if (i == null) {
          i = new LineageIndex(analyses);
          index = i;
        }
      }
    }
    return i;
  }

  // ---- tables and columns

  /** The model names, in file order. */
  public List<String> models() {
    List<String> out = new ArrayList<>(analyses.size());
    analyses.values().forEach(a -> out.add(a.model()));
    return out;
  }

  /** The model's name as declared, looked up case-insensitively. */
  public Optional<String> model(String name) {
    ModelAnalysis a = index().models.get(LineageIndex.lower(name));
    return a == null ? Optional.empty() : Optional.of(a.model());
  }

  /** The kind of a leaf table (a source or an external table some model reads), looked up case-insensitively. */
  public Optional<ColumnStatus.LeafKind> leaf(String table) {
    return Optional.ofNullable(index().leafKinds.get(LineageIndex.lower(table)));
  }

  /** The leaf table's name as the models spell it. */
  public Optional<String> leafName(String table) {
    return Optional.ofNullable(index().leafNames.get(LineageIndex.lower(table)));
  }

  /** A model's inferred output schema. */
  public Optional<ModelSchema> schema(String model) {
    ModelAnalysis a = index().models.get(LineageIndex.lower(model));
    return a == null ? Optional.empty() : Optional.of(a.schema());
  }

  /** The model's columns whose lineage is not fully known ({@code *} for a star that could not be expanded). */
  public List<UnresolvedRef> unresolved(String model) {
    ModelAnalysis a = index().models.get(LineageIndex.lower(model));
    if (a == null) {
      return List.of();
    }
    List<UnresolvedRef> out = new ArrayList<>();
    for (UnresolvedColumn u : a.unresolved()) {
      out.add(new UnresolvedRef(new ColumnRef(a.model(), u.column()), u.reason()));
    }
    return out;
  }

  /** What is known about a column's upstream lineage. */
  public ColumnStatus status(ColumnRef column) {
    LineageIndex i = index();
    ModelAnalysis a = i.models.get(LineageIndex.lower(column.model()));
    if (a == null) {
      ColumnStatus.LeafKind kind = i.leafKinds.get(LineageIndex.lower(column.model()));
      return kind != null ? new ColumnStatus.Leaf(kind)
          : new ColumnStatus.Unresolved("`" + column.model() + "` is not a model or a table any model reads");
    }
    for (UnresolvedColumn u : a.unresolved()) {
      if (u.column().equalsIgnoreCase(column.column())) {
        return new ColumnStatus.Unresolved(u.reason());
      }
    }
    if (a.schema().column(column.column()).isPresent()) {
      return new ColumnStatus.Resolved();
    }
    if (a.schema().complete()) {
      return new ColumnStatus.Missing();
    }
    if (a.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.E004)) {
      return new ColumnStatus.Unresolved("`" + a.model() + "` could not be parsed");
    }
    for (UnresolvedColumn u : a.unresolved()) {
      if (u.column().equals("*")) {
        return new ColumnStatus.Unresolved("not listed by `" + a.model() + "`: " + u.reason());
      }
    }
    return new ColumnStatus.Unresolved("the columns of `" + a.model() + "` are not all known");
  }

  /** The column as the graph spells it: a model column by its schema's spelling, anything else as given. */
  public ColumnRef canonical(ColumnRef column) {
    ModelAnalysis a = index().models.get(LineageIndex.lower(column.model()));
    if (a != null) {
      String col = a.schema().column(column.column()).map(TypedColumn::name).orElse(column.column());
      return new ColumnRef(a.model(), col);
    }
    return new ColumnRef(leafName(column.model()).orElse(column.model()), column.column());
  }

  // ---- edges

  /** Every edge of the project, model by model in file order. */
  public List<LineageEdge> edges() {
    return Collections.unmodifiableList(index().edges);
  }

  /** The one-hop edges into a column: what it reads. */
  public List<LineageEdge> edgesInto(ColumnRef column) {
    return Collections.unmodifiableList(index().into(column));
  }

  /** The one-hop edges out of a column: which model columns read it. */
  public List<LineageEdge> edgesFrom(ColumnRef column) {
    return Collections.unmodifiableList(index().from(column));
  }

  /** The edges into or out of a model's columns (Rocky's {@code lineage <model>}): its own first, then its readers'. */
  public List<LineageEdge> edgesOf(String model) {
    String key = LineageIndex.lower(model);
    List<LineageEdge> in = new ArrayList<>();
    List<LineageEdge> out = new ArrayList<>();
    for (LineageEdge e : index().edges) {
      if (LineageIndex.lower(e.target().model()).equals(key)) {
        in.add(e);
      } else if (LineageIndex.lower(e.source().model()).equals(key)) {
        out.add(e);
      }
    }
    in.addAll(out);
    return in;
  }

  // ---- walks

  /** Every column {@code column} reads, transitively, down to the leaves; indirect edges included. */
  public ColumnTrace upstream(ColumnRef column) {
    return trace(column, Direction.UPSTREAM, true);
  }

  /** Every model column that reads {@code column}, transitively; indirect edges included. */
  public ColumnTrace downstream(ColumnRef column) {
    return trace(column, Direction.DOWNSTREAM, true);
  }

  /** A transitive walk; with {@code indirect} false, only edges along which a value flows are followed. */
  public ColumnTrace trace(ColumnRef column, Direction direction, boolean indirect) {
    return new Walker(this, index()).walk(canonical(column), direction, indirect);
  }

  /** The models a model reads directly, in order of first reference. */
  public List<String> upstreamModels(String model) {
    return List.copyOf(index().upstreamModels.getOrDefault(LineageIndex.lower(model), List.of()));
  }

  /** The models that read a model (or a leaf table) directly, in file order. */
  public List<String> downstreamModels(String table) {
    return List.copyOf(index().downstreamModels.getOrDefault(LineageIndex.lower(table), List.of()));
  }

  /** The leaf tables (sources, external tables) a model reads directly. */
  public List<String> tablesRead(String model) {
    return List.copyOf(index().tablesRead.getOrDefault(LineageIndex.lower(model), List.of()));
  }

  /** Every model upstream of {@code model}, transitively, nearest first. */
  public List<String> allUpstreamModels(String model) {
    return new Walker(this, index()).models(model, Direction.UPSTREAM);
  }

  /** Every model downstream of {@code table} (a model or a leaf table), transitively, nearest first. */
  public List<String> allDownstreamModels(String table) {
    return new Walker(this, index()).models(table, Direction.DOWNSTREAM);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LineageGraph g && analyses.equals(g.analyses);
  }

  @Override
  public int hashCode() {
    return analyses.hashCode();
  }

  @Override
  public String toString() {
    return "LineageGraph[" + analyses.size() + " models]";
  }
}
