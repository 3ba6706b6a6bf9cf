package dev.rocky.cli.quality;

import dev.rocky.app.compile.CompileService;
import dev.rocky.app.render.DiagnosticRenderer;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.DiagnosticsView;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.check.VarSubstitution;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.store.local.DirectoryCacheStore;
import dev.rocky.store.local.DirectoryProjectSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A project compiled for the quality commands, with its models as they run ({@code @var} substituted). */
public record CompiledProject(ProjectPaths paths, CompileResult compiled) {

  public static CompiledProject compile(ProjectPaths paths, Map<String, String> vars) {
    CompileResult compiled = new CompileService(DirectoryCacheStore.ofProject(paths.root()),
        null).compile(new DirectoryProjectSource(paths.root()), paths.compileOptions(vars));
    return new CompiledProject(paths, compiled);
  }

  public boolean failed() {
    return compiled.project() == null || compiled.dag() == null || compiled.hasErrors();
  }

  public Project project() {
    return Objects.requireNonNull(compiled.project(), "project");
  }

  public int modelCount() {
    return compiled.project() == null ? 0 : compiled.project().models().size();
  }

  public List<Diagnostic> errors() {
    return compiled.diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  /** The models with {@code @var(...)} replaced, as they run. */
  public List<Model> models(Map<String, String> vars) {
    VarSubstitution substitution = new VarSubstitution(vars);
    return project().models().stream()
        .map(m -> new Model(m.name(), m.sqlFile(), substitution.apply(m).sql(), m.sidecarFile(), m.config()))
        .toList();
  }

  /** The result of a command stopped by compile errors: exit 1, nothing run. */
  public CommandResult failure(String command, boolean color) {
    List<Diagnostic> errors = errors();
    String summary = new DiagnosticRenderer(file -> Optional.empty(), false).summary(errors, modelCount())
        + "; nothing was tested";
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("total", 0);
    payload.put("passed", 0);
    payload.put("failed", 0);
    payload.put("failures", List.of());
    payload.put("diagnostics", errors);
    return new CommandResult(command, payload, new DiagnosticsView(errors, paths.root(), summary, color), ExitCode.FAILURE);
  }
}
