package dev.rocky.catalog.page;

import java.util.List;

/**
 * The diagnostics page: the project's current findings ({@code truncated} when only the first are listed),
 * then every code of the registry with its explanation.
 */
public record DiagnosticsPage(Layout layout, String summary, List<DiagnosticRow> diagnostics, boolean truncated,
    List<CodeEntry> codes) {

  public boolean hasDiagnostics() {
    return !diagnostics.isEmpty();
  }

  /** A code: {@code html} is its documentation page rendered, {@code count} how often the project has it. */
  public record CodeEntry(String code, String anchor, String severity, String severityClass, String category,
      String summary, String html, String count) {}
}
