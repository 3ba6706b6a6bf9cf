package dev.rocky.cli.output;

import dev.rocky.app.render.DiagnosticRenderer;
import dev.rocky.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Diagnostics in table mode: each one rendered rustc-style by the app's {@link DiagnosticRenderer}
 * with its source line read from the project, then the summary line when there is one.
 *
 * @param projectRoot the directory that span files are relative to
 * @param color whether to use ANSI colours (the terminal decides)
 */
public record DiagnosticsView(List<Diagnostic> diagnostics, Path projectRoot, @Nullable String summary, boolean color)
    implements HumanView {

  public DiagnosticsView {
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(projectRoot, "projectRoot");
  }

  public DiagnosticsView(List<Diagnostic> diagnostics, Path projectRoot, @Nullable String summary) {
    this(diagnostics, projectRoot, summary, false);
  }

  @Override
  public void render(PrintWriter out) {
    DiagnosticRenderer renderer = new DiagnosticRenderer(this::read, color);
    for (Diagnostic d : diagnostics) {
      out.print(renderer.render(d));
      out.println();
    }
    if (summary != null) {
      out.println(summary);
    }
  }

  private Optional<String> read(String file) {
    try {
      return Optional.of(Files.readString(projectRoot.resolve(file), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
