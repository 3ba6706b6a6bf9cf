package dev.rocky.cli.output;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.SourceSpan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Diagnostics in table mode, rendered as rustc does and as Rocky does:
 *
 * <pre>
 * error[E010]: required column 'revenue' is missing from the output of model 'fct_revenue'
 *  --> models/fct_revenue.sql:3:20
 *   |
 * 3 |     SUM(amount) AS total,
 *   |                    ^^^^^
 *   = help: name the column 'revenue' again, or change the contract
 * </pre>
 *
 * The source line is read from the project; when it cannot be (no span, no line, a file that
 * moved), the snippet is left out. A summary line, when given, ends the report.
 *
 * @param projectRoot the directory that span files are relative to
 */
public record DiagnosticsView(List<Diagnostic> diagnostics, Path projectRoot, @Nullable String summary) implements HumanView {

  public DiagnosticsView {
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(projectRoot, "projectRoot");
  }

  @Override
  public void render(PrintWriter out) {
    Map<String, List<String>> files = new HashMap<>();
    for (Diagnostic d : diagnostics) {
      out.println(d.severity().word() + "[" + d.code().code() + "]: " + d.message());
      SourceSpan span = d.span();
      String line = span == null ? null : sourceLine(files, span);
      int width = span == null ? 1 : String.valueOf(Math.max(span.line(), 1)).length();
      String pad = " ".repeat(width);
      if (span != null) {
        out.println(pad + "--> " + span);
      }
      if (span != null && line != null) {
        out.println(pad + " |");
        out.println(span.line() + " | " + line);
        out.println(pad + " | " + caretPrefix(line, span.col()) + "^".repeat(span.length()));
      }
      if (d.suggestion() != null) {
        out.println(pad + " = help: " + d.suggestion());
      }
      out.println();
    }
    if (summary != null) {
      out.println(summary);
    }
  }

  private @Nullable String sourceLine(Map<String, List<String>> files, SourceSpan span) {
    if (span.line() < 1) {
      return null;
    }
    List<String> lines = files.computeIfAbsent(span.file(), this::readLines);
    return span.line() <= lines.size() ? lines.get(span.line() - 1) : null;
  }

  private List<String> readLines(String file) {
    try {
      return Files.readAllLines(projectRoot.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** Blanks up to the column, keeping tabs so that the carets line up under the source. */
  private static String caretPrefix(String line, int col) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.max(col - 1, 0); i++) {
      sb.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return sb.toString();
  }
}
