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
 *   <li>{@code edges}: one-hop column lineage, upstream column to this model's output column, value
 *       edges ({@code direct}, {@code cast}, {@code aggregation: fn}, {@code expression}) and indirect
 *       ones (filter, join key, group by, window, order by under a limit).
 *   <li>{@code unresolved}: output columns whose lineage is not fully known, with the reason.
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
