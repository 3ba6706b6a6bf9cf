package dev.rocky.app.render;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders diagnostics for people, rustc-style:
 *
 * <pre>
 * error[E010]: required column 'revenue' missing from model output
 *   --&gt; models/fct_revenue.sql:3:8
 *    |
 *  3 | SELECT customer_id, SUM(amount) AS total
 *    |        ^^^^^^^^^^^
 *    |
 *    = help: add 'revenue' to the SELECT list or remove it from [rules] required
 * </pre>
 *
 * The source line comes from a lookup (file to text); when the file's text is not available, or
 * the span has no line, the excerpt is left out. The gutter is as wide as the line number. ANSI
 * colours are used only when asked for (the CLI asks when writing to a terminal). Lines never end
 * in whitespace.
 */
public final class DiagnosticRenderer {
  private final Function<String, Optional<String>> sources;
  private final Style style;

  /**
   * {@code sources} gives a file's text by its project-relative path, or empty; {@code color}
   * turns ANSI colours on.
   */
  public DiagnosticRenderer(Function<String, Optional<String>> sources, boolean color) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.style = new Style(color);
  }

  /** One diagnostic, ending with a newline. */
  public String render(Diagnostic diagnostic) {
    Severity severity = diagnostic.severity();
    StringBuilder out = new StringBuilder();
    out.append(style.severity(severity, severity.word() + "[" + diagnostic.code().code() + "]"))
        .append(style.bold(": " + diagnostic.message()))
        .append('\n');
    SourceSpan span = diagnostic.span();
    Optional<Snippet> snippet = span == null
        ? Optional.empty()
        : sources.apply(span.file()).flatMap(text -> Snippet.of(span, text));
    int width = snippet.map(Snippet::width).orElse(1);
    String blank = " ".repeat(width + 2);
    if (span != null) {
      out.append(" ".repeat(width + 1)).append(style.frame("-->")).append(' ').append(span).append('\n');
    }
    if (snippet.isPresent()) {
      out.append(style.frame(blank + "|")).append('\n');
      snippet.get().appendTo(out, width, style, severity);
      out.append(style.frame(blank + "|")).append('\n');
    }
    if (span == null && diagnostic.model() != null) {
      out.append(blank).append(style.frame("=")).append(style.bold(" note")).append(": in model '")
          .append(diagnostic.model()).append("'\n");
    }
    String suggestion = diagnostic.suggestion();
    if (suggestion != null && !suggestion.isBlank()) {
      out.append(blank).append(style.frame("=")).append(style.bold(" help")).append(": ").append(suggestion)
          .append('\n');
    }
    return out.toString();
  }

  /** Every diagnostic, each followed by a blank line, then the summary line. */
  public String render(List<Diagnostic> diagnostics, int modelCount) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(render(d)).append('\n');
    }
    return out.append(summary(diagnostics, modelCount)).append('\n').toString();
  }

  /**
   * The summary line, without a newline: {@code error: could not compile: 2 errors, 1 warning}
   * when anything failed, else {@code compiled 12 models: 0 errors, 1 warning}.
   */
  public String summary(List<Diagnostic> diagnostics, int modelCount) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.Error).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.Warning).count();
    String counts = count(errors, "error") + ", " + count(warnings, "warning");
    if (errors > 0) {
      return style.severity(Severity.Error, "error") + style.bold(": could not compile: " + counts);
    }
    return style.success("compiled") + " " + count(modelCount, "model") + ": " + counts;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
