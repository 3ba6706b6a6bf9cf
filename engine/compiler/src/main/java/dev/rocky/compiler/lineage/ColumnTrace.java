package dev.rocky.compiler.lineage;

import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A transitive walk from one column. {@code edges} are in breadth-first order from {@code column};
 * {@code unresolved} lists the columns met on the way whose lineage is not fully known, so a trace
 * is complete exactly when {@code unresolved} is empty.
 */
public record ColumnTrace(ColumnRef column, Direction direction, List<LineageEdge> edges, List<UnresolvedRef> unresolved) {

  public ColumnTrace {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(direction, "direction");
    edges = List.copyOf(edges);
    unresolved = List.copyOf(unresolved);
  }

  /** Whether every column on the walk has fully known lineage. */
  public boolean complete() {
    return unresolved.isEmpty();
  }

  /**
   * The distinct columns reached, in walk order: the downstream consumers, or the upstream columns
   * read (leaves included).
   */
  public List<ColumnRef> reached() {
    Set<ColumnRef> out = new LinkedHashSet<>();
    for (LineageEdge e : edges) {
      out.add(direction == Direction.DOWNSTREAM ? e.target() : e.source());
    }
    return new ArrayList<>(out);
  }
}
