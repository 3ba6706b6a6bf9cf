package dev.rocky.cli.output;

import dev.rocky.app.lineage.LineageOutput;
import dev.rocky.app.lineage.UnresolvedRecord;
import dev.rocky.compiler.lineage.ColumnStatus;
import dev.rocky.compiler.lineage.ColumnTrace;
import dev.rocky.compiler.lineage.Direction;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.compiler.lineage.UnresolvedRef;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lineage in table mode. A model: its reads, its readers, then each column with what it reads. A
 * column: the transitive walk drawn as a tree, each node with the transform of the edge that leads
 * to it; a column reached twice is expanded once and marked {@code (see above)} after; leaves are
 * marked {@code [source]}; unresolved columns are listed at the end with the reason.
 */
public final class LineageView {
  private LineageView() {}

  public static HumanView model(LineageOutput o, LineageGraph graph) {
    return out -> {
      out.println("Model: " + o.model());
      out.println("Upstream: " + list(o.upstream()));
      out.println("Downstream: " + list(o.downstream()));
      out.println("Sources: " + list(o.sources()));
      out.println();
      out.println("Columns:");
      for (LineageOutput.ColumnDef c : o.columns()) {
        out.println("  " + c.name() + (c.dataType() == null ? "" : "  " + c.dataType()));
        ColumnRef ref = new ColumnRef(o.model(), c.name());
        List<LineageEdge> in = graph.edgesInto(ref);
        if (graph.status(ref) instanceof ColumnStatus.Unresolved u) {
          out.println("    ? unresolved: " + u.reason());
        } else if (in.isEmpty()) {
          out.println("    (reads no column: a constant)");
        }
        for (LineageEdge e : in) {
          out.println("    <- " + e.source() + " (" + e.transform().render() + ")");
        }
      }
      for (UnresolvedRecord u : o.unresolved()) {
        if (u.column().equals("*")) {
          out.println("  * unresolved: " + u.reason());
        }
      }
    };
  }

  public static HumanView trace(ColumnTrace trace, LineageGraph graph) {
    return out -> {
      boolean up = trace.direction() == Direction.UPSTREAM;
      Map<ColumnRef, List<LineageEdge>> children = new LinkedHashMap<>();
      for (LineageEdge e : trace.edges()) {
        children.computeIfAbsent(up ? e.target() : e.source(), k -> new ArrayList<>()).add(e);
      }
      out.println((up ? "Column trace (upstream): " : "Column consumers (downstream): ") + trace.column());
      Set<ColumnRef> expanded = new HashSet<>();
      expanded.add(trace.column());
      draw(out, trace.column(), "", children, expanded, graph, up);
      if (trace.edges().isEmpty()) {
        out.println(up ? "  (reads no column)" : "  (no model reads it)");
      }
      if (!trace.unresolved().isEmpty()) {
        out.println();
        out.println("Unresolved (lineage unknown):");
        for (UnresolvedRef u : trace.unresolved()) {
          out.println("  " + u.column() + ": " + u.reason());
        }
      }
    };
  }

  private static void draw(PrintWriter out, ColumnRef node, String indent, Map<ColumnRef, List<LineageEdge>> children,
      Set<ColumnRef> expanded, LineageGraph graph, boolean up) {
    List<LineageEdge> edges = children.getOrDefault(node, List.of());
    for (int i = 0; i < edges.size(); i++) {
      LineageEdge e = edges.get(i);
      boolean last = i == edges.size() - 1;
      ColumnRef next = up ? e.source() : e.target();
      boolean again = !expanded.add(next);
      String mark = graph.status(next) instanceof ColumnStatus.Leaf ? " [source]"
          : again && children.containsKey(next) ? " (see above)" : "";
      out.println(indent + (last ? "└── " : "├── ") + next + " (" + e.transform().render() + ")" + mark);
      if (!again) {
        draw(out, next, indent + (last ? "    " : "│   "), children, expanded, graph, up);
      }
    }
  }

  private static String list(List<String> names) {
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }
}
