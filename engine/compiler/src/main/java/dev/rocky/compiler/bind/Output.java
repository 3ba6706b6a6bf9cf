package dev.rocky.compiler.bind;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the bound top-level query into a {@link ModelAnalysis}: the output schema, one-hop edges per
 * output column (value edges, then the indirect edges of sources that do not already flow into that
 * column), unresolved columns, and I002.
 */
final class Output {
  private Output() {}

  private static final Comparator<Diagnostic> BY_POSITION = Comparator
      .comparingInt((Diagnostic d) -> d.span() == null ? 0 : d.span().line())
      .thenComparingInt(d -> d.span() == null ? 0 : d.span().col())
      .thenComparing(d -> d.code().code());

  static ModelAnalysis assemble(BindContext ctx, BoundQuery q) {
    List<BoundColumn> cols = q.columns();
    List<TypedColumn> schema = new ArrayList<>(cols.size());
    List<LineageEdge> edges = new ArrayList<>(cols.size() * 2);
    List<UnresolvedColumn> unresolved = new ArrayList<>(0);
    List<Contribution> perColumn = new ArrayList<>(8);
    BoundColumn firstUnknown = null;
    int unknown = 0;
    for (BoundColumn c : cols) {
      schema.add(new TypedColumn(c.name(), c.type(), c.nullable()));
      if (c.type().isUnknown()) {
        unknown++;
        firstUnknown = firstUnknown == null ? c : firstUnknown;
      }
      ColumnRef target = new ColumnRef(ctx.model, c.name());
      perColumn.clear();
      for (Contribution k : c.lineage()) {
        keep(perColumn, k);
      }
      for (Contribution k : q.rowShaping()) {
        keep(perColumn, k);
      }
      for (Contribution k : perColumn) {
        edges.add(new LineageEdge(k.source(), target, k.transform()));
      }
      String reason = c.unresolved() != null ? c.unresolved() : q.rowShapingUnresolved();
      if (reason != null) {
        unresolved.add(new UnresolvedColumn(c.name(), reason));
      }
    }
    if (!q.complete()) {
      unresolved.add(new UnresolvedColumn("*", q.incompleteReason() != null ? q.incompleteReason()
          : "the output columns are not all known"));
    }
    if (unknown > 0 && unknown < cols.size() && !hasError(ctx.diagnostics)) {
      List<String> names = new ArrayList<>(unknown);
      for (BoundColumn c : cols) {
        if (c.type().isUnknown()) {
          names.add(c.name());
        }
      }
      ctx.report(DiagnosticCode.I002, unknown + " of " + cols.size() + " output columns have an unknown type: "
          + Suggestions.list(names, 8), firstUnknown.pos(),
          "declare the upstream schemas or add explicit CASTs to type these columns");
    }
    List<Diagnostic> diagnostics = new ArrayList<>(ctx.diagnostics);
    diagnostics.sort(BY_POSITION);
    return new ModelAnalysis(ctx.model, new ModelSchema(ctx.model, schema, q.complete()), edges, unresolved,
        ctx.hasStar, ctx.upstreams, ctx.joinKeys, diagnostics);
  }

  /** Partial inference is not worth a note when the model has errors (they cause the Unknowns). */
  private static boolean hasError(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds a contribution unless it repeats one already kept: value contributions of the same source
   * merge (equal transforms stay, different ones become an expression); an indirect one is dropped
   * when the source already flows into the column as a value, or has that role already.
   */
  private static void keep(List<Contribution> kept, Contribution c) {
    boolean indirect = c.transform() instanceof Transform.Indirect;
    for (int i = 0, n = kept.size(); i < n; i++) {
      Contribution k = kept.get(i);
      if (!k.source().equals(c.source())) {
        continue;
      }
      boolean keptIndirect = k.transform() instanceof Transform.Indirect;
      if (!indirect && !keptIndirect) {
        Transform merged = Contribution.merge(k.transform(), c.transform());
        if (merged != k.transform()) {
          kept.set(i, new Contribution(k.source(), merged));
        }
        return;
      }
      if (indirect && (!keptIndirect || k.transform().equals(c.transform()))) {
        return;
      }
      if (!indirect && keptIndirect) {
        kept.set(i, c); // a value edge replaces an indirect one seen first
        removeIndirect(kept, i + 1, c);
        return;
      }
    }
    kept.add(c);
  }

  private static void removeIndirect(List<Contribution> kept, int from, Contribution value) {
    for (int i = kept.size() - 1; i >= from; i--) {
      Contribution k = kept.get(i);
      if (k.source().equals(value.source()) && k.transform() instanceof Transform.Indirect) {
        kept.remove(i);
      }
    }
  }
}
