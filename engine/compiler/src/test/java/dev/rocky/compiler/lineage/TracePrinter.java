package dev.rocky.compiler.lineage;

import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;

/** TEST-ONLY: a trace as golden text, one edge per line, then the unresolved columns. */
final class TracePrinter {
  private TracePrinter() {}

  static String print(ColumnTrace t) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(t.column()).append(' ').append(t.direction().wireName())
        .append(" (").append(t.edges().size()).append(" edges, ").append(t.complete() ? "complete" : "incomplete")
        .append(")\n");
    for (LineageEdge e : t.edges()) {
      out.append("  ").append(e.target()).append(" <- ").append(e.source()).append("  [").append(e.transform().render())
          .append("]\n");
    }
    for (UnresolvedRef u : t.unresolved()) {
      out.append("  unresolved ").append(u.column()).append(": ").append(u.reason()).append('\n');
    }
    return out.toString();
  }

  static ColumnRef ref(String model, String column) {
    return new ColumnRef(model, column);
  }
}
