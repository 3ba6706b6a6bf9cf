package dev.rocky.compiler.load;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The diagnostics collected while loading, in the order found. */
final class Findings {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  /** A finding with the code's default severity at {@code span}. */
  void report(DiagnosticCode code, SourceSpan span, String message, @Nullable String suggestion) {
    add(Diagnostic.of(code, message).withSpan(span).withSuggestion(suggestion));
  }

  /** How many findings there are so far; see {@link #attribute}. */
  int mark() {
    return diagnostics.size();
  }

  /** Attributes the findings made since {@code mark} that name no model to {@code model}. */
  void attribute(int mark, String model) {
    for (int k = mark; k < diagnostics.size(); k++) {
      Diagnostic d = diagnostics.get(k);
      if (d.model() == null) {
        diagnostics.set(k, d.withModel(model));
      }
    }
  }

  /** Appends another collection's findings, in their order. */
  void addAll(Findings other) {
    diagnostics.addAll(other.diagnostics);
  }

  List<Diagnostic> all() {
    return List.copyOf(diagnostics);
  }
}
