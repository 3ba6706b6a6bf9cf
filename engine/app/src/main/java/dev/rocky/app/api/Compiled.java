package dev.rocky.app.api;

import dev.rocky.compiler.CompileResult;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Project;
import java.util.List;

/** What the routes (and the backends) need of a compile, or a {@code project_invalid} answer. */
public final class Compiled {
  /** Diagnostics sent with {@code project_invalid}. */
  private static final int MAX_DIAGNOSTICS = 20;

  private Compiled() {}

  /**
   * The compiled project.
   *
   * @param withoutErrors whether compile errors are refused too (a run), or only an unreadable configuration
   * @throws ApiException {@code project_invalid}
   */
  public static Project require(CompileResult compiled, boolean withoutErrors) {
    Project project = compiled.project();
    if (project == null || compiled.dag() == null || (withoutErrors && compiled.hasErrors())) {
      List<Diagnostic> errors = compiled.diagnostics().stream().filter(Diagnostic::isError).toList();
      String first = errors.isEmpty() ? "" : ": " + errors.getFirst().code() + " " + errors.getFirst().message();
      throw new ApiException(ApiErrorCode.PROJECT_INVALID,
          (project == null ? "the project's configuration cannot be read" : "the project has " + errors.size()
              + " compile error" + (errors.size() == 1 ? "" : "s")) + first,
          "run 'rocky compile' on the project and fix the errors it reports", null,
          errors.subList(0, Math.min(MAX_DIAGNOSTICS, errors.size())));
    }
    return project;
  }
}
