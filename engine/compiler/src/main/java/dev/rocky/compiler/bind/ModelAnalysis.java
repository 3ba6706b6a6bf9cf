package dev.rocky.compiler.bind;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.types.ModelSchema;
import java.util.List;
import java.util.Objects;

/**
 * What the binder learned about one model.
 *
 * <ul>
 *   <li>{@code schema}: the output columns with type and nullability; {@code complete} when the column
 *       list is fully known (no star over an unknown upstream, no parse failure).
 *   <li>{@code edges}: one-hop column lineage, upstream column to this model's output column, in
 *       output-column order. Value edges ({@code direct}, {@code cast}, {@code try_cast},
 *       {@code aggregation: fn}, {@code expression}) say how a value flows; indirect edges
 *       ({@code indirect: filter | join_key | group_by | window | order_by}) name the columns that
 *       only shape the rows of that output column, and are left out when the same source already
 *       flows into it as a value. ORDER BY counts only under a LIMIT/OFFSET.
 *   <li>{@code unresolved}: output columns whose lineage is not fully known, with the reason; a
 *       column named {@code *} stands for a star that could not be expanded. Every other column's
 *       edge list is complete, even when empty (a literal).
 *   <li>{@code hasStar}: some SELECT of the model (CTEs included) uses a star.
 *   <li>{@code upstreams}: the tables read, in order of first reference, CTE names excluded.
 *   <li>{@code joinKeys}: column pairs compared by equality in ON / USING / NATURAL joins.
 *   <li>{@code diagnostics}: sorted by position; includes the parse error (E004) when there is one.
 * </ul>
 */
public record ModelAnalysis(
    String model,
    ModelSchema schema,
    List<LineageEdge> edges,
    List<UnresolvedColumn> unresolved,
    boolean hasStar,
    List<UpstreamRef> upstreams,
    List<JoinKeyPair> joinKeys,
    List<Diagnostic> diagnostics) {

  public ModelAnalysis {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(schema, "schema");
    edges = List.copyOf(edges);
    unresolved = List.copyOf(unresolved);
    upstreams = List.copyOf(upstreams);
    joinKeys = List.copyOf(joinKeys);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        return true;
      }
    }
    return false;
  }
}
