package dev.rocky.app.lineagediff;

import dev.rocky.compiler.lineage.ColumnStatus;
import dev.rocky.compiler.lineage.ColumnTrace;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.compiler.lineage.UnresolvedRef;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The downstream columns a changed column reaches. An added or retyped column exists on HEAD, so its
 * consumers are HEAD's transitive downstream walk. A removed column does not: its readers are found
 * on the base ref's graph and kept when they still read it on HEAD, that is when HEAD can no longer
 * resolve them (their lineage became unknown), or when they vanished with it (a star passed the
 * column through; their own readers are followed). Readers that HEAD resolves were updated by the
 * change and are not consumers any more.
 */
final class Consumers {
  private final LineageGraph base;
  private final LineageGraph head;

  Consumers(LineageGraph base, LineageGraph head) {
    this.base = base;
    this.head = head;
  }

  /** The consumers and the columns that may read the column without an edge saying so. */
  record Found(List<ColumnRef> columns, List<UnresolvedRef> unresolved) {}

  Found onHead(ColumnRef column) {
    ColumnTrace trace = head.downstream(column);
    return new Found(trace.reached(), trace.unresolved());
  }

  Found ofRemoved(ColumnRef column) {
    Set<ColumnRef> out = new LinkedHashSet<>();
    Map<ColumnRef, UnresolvedRef> unresolved = new LinkedHashMap<>();
    Set<ColumnRef> seen = new HashSet<>();
    ArrayDeque<ColumnRef> queue = new ArrayDeque<>();
    queue.add(column);
    seen.add(column);
    base.downstream(column).unresolved().forEach(u -> unresolved.putIfAbsent(u.column(), u));
    while (!queue.isEmpty()) {
      ColumnRef node = queue.poll();
      for (LineageEdge e : base.edgesFrom(node)) {
        ColumnRef reader = e.target();
        if (!seen.add(reader) || head.model(reader.model()).isEmpty()) {
          continue;
        }
        switch (head.status(reader)) {
          case ColumnStatus.Missing m -> {
            out.add(reader);
            queue.add(reader);
          }
          case ColumnStatus.Unresolved u when !u.equals(base.status(reader)) -> {
            out.add(reader);
            ColumnTrace after = head.downstream(reader);
            out.addAll(after.reached());
            after.unresolved().forEach(x -> unresolved.putIfAbsent(x.column(), x));
          }
          default -> { }
        }
      }
    }
    return new Found(new ArrayList<>(out), new ArrayList<>(unresolved.values()));
  }
}
