package dev.rocky.compiler.load;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Project;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The loaded project and every problem found on the way. {@code project} is null only when
 * {@code rocky.toml} itself could not be read (missing, unreadable or not valid TOML); otherwise it
 * holds whatever loaded, with bad parts left out or at their defaults.
 */
public record LoadResult(@Nullable Project project, List<Diagnostic> diagnostics) {

  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
