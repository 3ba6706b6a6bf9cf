package dev.rocky.compiler.bind;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.types.TypedColumn;

/** Renders a {@link ModelAnalysis} as stable, reviewable text for golden files. */
final class AnalysisPrinter {
  private AnalysisPrinter() {}

  static String print(ModelAnalysis a) {
    StringBuilder sb = new StringBuilder();
    sb.append("model: ").append(a.model()).append('\n');
    sb.append("complete: ").append(a.schema().complete()).append('\n');
    sb.append("has_star: ").append(a.hasStar()).append('\n');
    sb.append("upstreams:");
    for (UpstreamRef u : a.upstreams()) {
      sb.append(' ').append(u.kind().name().toLowerCase(java.util.Locale.ROOT)).append(':').append(u.name());
    }
    sb.append("\ncolumns:\n");
    int width = 0;
    for (TypedColumn c : a.schema().columns()) {
      width = Math.max(width, c.name().length());
    }
    for (TypedColumn c : a.schema().columns()) {
      sb.append("  ").append(pad(c.name(), width)).append("  ").append(c.type().typeName())
          .append(c.nullable() ? "" : " NOT NULL").append('\n');
    }
    sb.append("edges:\n");
    for (LineageEdge e : a.edges()) {
      sb.append("  ").append(e.target().column()).append(" <- ").append(e.source()).append("  [")
          .append(e.transform().render()).append("]\n");
    }
    if (!a.unresolved().isEmpty()) {
      sb.append("unresolved:\n");
      for (UnresolvedColumn u : a.unresolved()) {
        sb.append("  ").append(u.column()).append(": ").append(u.reason()).append('\n');
      }
    }
    if (!a.joinKeys().isEmpty()) {
      sb.append("join_keys:\n");
      for (JoinKeyPair k : a.joinKeys()) {
        sb.append("  ").append(k.left()).append(" (").append(k.leftType().typeName()).append(") = ")
            .append(k.right()).append(" (").append(k.rightType().typeName()).append(") at ")
            .append(k.span().line()).append(':').append(k.span().col()).append('\n');
      }
    }
    if (!a.diagnostics().isEmpty()) {
      sb.append("diagnostics:\n");
      for (Diagnostic d : a.diagnostics()) {
        sb.append("  ").append(d.code().code()).append(' ').append(d.span()).append(' ').append(d.message())
            .append('\n');
        if (d.suggestion() != null) {
          sb.append("    help: ").append(d.suggestion()).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
