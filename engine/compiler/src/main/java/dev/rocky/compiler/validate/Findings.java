package dev.rocky.compiler.validate;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validate findings, pointing at {@code rocky.toml} unless told otherwise. */
final class Findings {
  private final String configFile;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  Findings(String configFile) {
    this.configFile = configFile;
  }

  void add(DiagnosticCode code, String message, @Nullable String suggestion) {
    diagnostics.add(Diagnostic.of(code, message).withSpan(SourceSpan.file(configFile)).withSuggestion(suggestion));
  }

  void add(DiagnosticCode code, Severity severity, String message, @Nullable String suggestion) {
    diagnostics.add(Diagnostic.of(code, message).withSeverity(severity).withSpan(SourceSpan.file(configFile))
        .withSuggestion(suggestion));
  }

  void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  /** Whether anything was reported since {@code mark}. */
  boolean reportedSince(int mark) {
    return diagnostics.size() > mark;
  }

  int mark() {
    return diagnostics.size();
  }

  List<Diagnostic> all() {
    return List.copyOf(diagnostics);
  }
}
