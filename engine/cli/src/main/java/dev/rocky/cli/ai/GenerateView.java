package dev.rocky.cli.ai;

import dev.rocky.app.render.DiagnosticRenderer;
import dev.rocky.cli.output.HumanView;
import dev.rocky.core.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code rocky ai} in table mode: the last answer's diagnostics (their source lines taken from the
 * answer, which may not be on disk), the number of attempts, and what was written.
 */
record GenerateView(GenerateOutput output, Function<String, Optional<String>> sources, boolean color)
    implements HumanView {

  @Override
  public void render(PrintWriter out) {
    DiagnosticRenderer renderer = new DiagnosticRenderer(sources, color);
    for (Diagnostic d : output.diagnostics()) {
      out.print(renderer.render(d));
      out.println();
    }
    out.println("Attempts: " + output.attempts());
    if (output.compiled()) {
      out.println("Wrote " + String.join(", ", output.files()));
    } else {
      long errors = output.diagnostics().stream().filter(Diagnostic::isError).count();
      out.println("error: model '" + output.model() + "' still has " + errors + " error(s) after " + output.attempts()
          + " attempt(s); nothing was written");
    }
  }
}
