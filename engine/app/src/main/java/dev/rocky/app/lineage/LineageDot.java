package dev.rocky.app.lineage;

import dev.rocky.compiler.lineage.UnresolvedRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import java.util.List;

/**
 * Graphviz DOT, as Rocky prints it ({@code digraph lineage { rankdir=LR; "a.x" -> "b.y"; }}), with
 * each edge labelled by its transform, indirect edges dashed, and columns of unknown lineage drawn
 * dashed and red with the reason as tooltip.
 */
public final class LineageDot {
  private LineageDot() {}

  public static String render(List<LineageEdge> edges, List<UnresolvedRef> unresolved) {
    StringBuilder out = new StringBuilder("digraph lineage {\n  rankdir=LR;\n");
    for (UnresolvedRef u : unresolved) {
      out.append("  ").append(quote(u.column().toString())).append(" [style=dashed, color=red, tooltip=")
          .append(quote("unresolved: " + u.reason())).append("];\n");
    }
    for (LineageEdge e : edges) {
      out.append("  ").append(quote(e.source().toString())).append(" -> ").append(quote(e.target().toString()))
          .append(" [label=").append(quote(e.transform().render()));
      if (e.transform() instanceof Transform.Indirect) {
        out.append(", style=dashed");
      }
      out.append("];\n");
    }
    return out.append("}\n").toString();
  }

  /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as {@code \n}. */
  static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + '"';
  }
}
