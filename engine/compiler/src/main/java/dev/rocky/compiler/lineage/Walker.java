package dev.rocky.compiler.lineage;

import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.bind.UnresolvedColumn;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breadth-first walks over the column graph. Upstream, each column's edges are followed until a leaf
 * (a source or external column); a column met on the way whose lineage is not known is reported in
 * the trace's {@code unresolved} list. Downstream, the edges from each column are followed; when a
 * walked table's schema is only partly known, the models reading it that could not name all their
 * columns (a star over it) or trace some of them are reported too, since they may carry the value
 * without an edge saying so.
 */
final class Walker {
  private final LineageGraph graph;
  private final LineageIndex index;

  Walker(LineageGraph graph, LineageIndex index) {
    this.graph = graph;
    this.index = index;
  }

  ColumnTrace walk(ColumnRef start, Direction direction, boolean indirect) {
    List<LineageEdge> edges = new ArrayList<>();
    Map<ColumnRef, UnresolvedRef> unresolved = new LinkedHashMap<>();
    Set<ColumnRef> seen = new HashSet<>();
    Set<String> modelsNoted = new HashSet<>();
    ArrayDeque<ColumnRef> queue = new ArrayDeque<>();
    queue.add(start);
    seen.add(LineageIndex.key(start));
    while (!queue.isEmpty()) {
      ColumnRef node = queue.poll();
      List<LineageEdge> next;
      if (direction == Direction.UPSTREAM) {
        note(node, unresolved);
        next = index.into(node);
      } else {
        noteReaders(node.model(), modelsNoted, unresolved);
        next = index.from(node);
      }
      for (LineageEdge e : next) {
        if (!indirect && e.transform() instanceof Transform.Indirect) {
          continue;
        }
        edges.add(e);
        ColumnRef other = direction == Direction.UPSTREAM ? e.source() : e.target();
        if (seen.add(LineageIndex.key(other))) {
          queue.add(other);
        }
      }
    }
    return new ColumnTrace(start, direction, edges, List.copyOf(unresolved.values()));
  }

  private void note(ColumnRef node, Map<ColumnRef, UnresolvedRef> unresolved) {
    switch (graph.status(node)) {
      case ColumnStatus.Unresolved u -> unresolved.putIfAbsent(node, new UnresolvedRef(node, u.reason()));
      case ColumnStatus.Missing m -> unresolved.putIfAbsent(node,
          new UnresolvedRef(node, "`" + node.model() + "` has no column `" + node.column() + "`"));
      case ColumnStatus.Resolved r -> { }
      case ColumnStatus.Leaf l -> { }
    }
  }

  /**
   * Reports the columns of the models reading {@code table} whose lineage is not fully known, when
   * {@code table}'s own columns are not all known: only then can a reader carry one of them without
   * an edge (the columns of a fully known table are always resolved by name).
   */
  private void noteReaders(String table, Set<String> modelsNoted, Map<ColumnRef, UnresolvedRef> unresolved) {
    if (!incomplete(table)) {
      return;
    }
    for (String reader : index.downstreamModels.getOrDefault(LineageIndex.lower(table), List.of())) {
      if (!modelsNoted.add(LineageIndex.lower(reader))) {
        continue;
      }
      ModelAnalysis a = index.models.get(LineageIndex.lower(reader));
      for (UnresolvedColumn u : a.unresolved()) {
        ColumnRef ref = new ColumnRef(a.model(), u.column());
        unresolved.putIfAbsent(ref, new UnresolvedRef(ref, u.reason()));
      }
    }
  }

  private boolean incomplete(String table) {
    ModelAnalysis a = index.models.get(LineageIndex.lower(table));
    if (a != null) {
      return !a.schema().complete();
    }
    return index.leafKinds.get(LineageIndex.lower(table)) == ColumnStatus.LeafKind.EXTERNAL;
  }

  /** Transitive model-level walk, breadth-first, excluding {@code model} itself. */
  List<String> models(String model, Direction direction) {
    Map<String, List<String>> next = direction == Direction.UPSTREAM ? index.upstreamModels : index.downstreamModels;
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    queue.add(model);
    seen.add(LineageIndex.lower(model));
    while (!queue.isEmpty()) {
      for (String m : next.getOrDefault(LineageIndex.lower(queue.poll()), List.of())) {
        if (seen.add(LineageIndex.lower(m))) {
          out.add(m);
          queue.add(m);
        }
      }
    }
    return out;
  }
}
