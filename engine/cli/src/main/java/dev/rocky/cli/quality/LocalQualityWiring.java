package dev.rocky.cli.quality;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.quality.testing.CiOutput;
import dev.rocky.app.quality.testing.DeclarativeResult;
import dev.rocky.app.quality.testing.DeclarativeTestRunner;
import dev.rocky.app.quality.testing.LocalTestService;
import dev.rocky.app.quality.testing.TestDefinitions;
import dev.rocky.app.quality.testing.TestOutput;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.DiagnosticsView;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.cli.run.RunGraph;
import dev.rocky.cli.run.RunTargets;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import dev.rocky.planner.target.TargetResolver;
import dev.rocky.store.local.DirectoryProjectSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The laptop and CI wiring of {@code rocky test} and {@code rocky ci}: the compile cache under
 * {@code .rocky/cache}, a fresh in-memory DuckDB for the local tests, and the pipelines' DuckDB
 * for the declarative ones.
 */
public final class LocalQualityWiring implements QualityWiring {
  private final boolean color;

  public LocalQualityWiring(boolean color) {
    this.color = color;
  }

  @Override
  public CommandResult test(TestRequest request) {
    CompiledProject project = CompiledProject.compile(ProjectPaths.of(request.config(), request.models()), request.vars());
    if (project.failed()) {
      return project.failure("test", color);
    }
    if (request.model() != null && project.project().model(request.model()).isEmpty()) {
      throw new CliException(CliErrorCode.USAGE, "no model named '" + request.model() + "'",
          "see the models with: rocky list models");
    }
    List<Model> models = project.models(request.vars());
    TestOutput out = request.declarative() ? declarative(project, models, request)
        : new LocalTestService(DuckDbAdapter::inMemory).run(project.compiled(), models, request.model());
    return new CommandResult("test", out, new TestView(out, view(out.diagnostics(), project)),
        out.failing() ? ExitCode.FAILURE : ExitCode.SUCCESS);
  }

  @Override
  public CommandResult ci(TestRequest request) {
    CompiledProject project = CompiledProject.compile(ProjectPaths.of(request.config(), request.models()), request.vars());
    if (project.failed()) {
      CiOutput out = CiOutput.compileFailed(project.modelCount(), project.errors());
      return new CommandResult("ci", out, new CiView(out, view(out.diagnostics(), project), null), ExitCode.FAILURE);
    }
    TestOutput tests = new LocalTestService(DuckDbAdapter::inMemory)
        .run(project.compiled(), project.models(request.vars()), null);
    CiOutput out = CiOutput.of(project.modelCount(), tests);
    ExitCode exit = switch (out.exitCode()) {
      case CiOutput.PASSED -> ExitCode.SUCCESS;
      case CiOutput.WARNINGS -> ExitCode.WARNINGS;
      default -> ExitCode.FAILURE;
    };
    return new CommandResult("ci", out, new CiView(out, view(out.diagnostics(), project), new TestView(tests, null)),
        exit);
  }

  private TestOutput declarative(CompiledProject project, List<Model> models, TestRequest request) {
    RunTargets targets = RunTargets.of(project.project().config(), request.pipeline());
    RunGraph graph = RunGraph.of(Objects.requireNonNull(project.compiled().dag()), models, targets);
    TargetResolver resolver = TargetResolver.of(SqlDialect.DUCKDB);
    Map<String, TableName> tables = new LinkedHashMap<>();
    for (Model m : models) {
      boolean selected = request.model() == null || request.model().equals(m.name());
      if (selected && graph.members().contains(m.name()) && !(m.strategy() instanceof Strategy.Ephemeral)) {
        tables.put(m.name(), resolver.resolve(m.target()));
      }
    }
    DirectoryProjectSource source = new DirectoryProjectSource(project.paths().root());
    Map<String, Map<String, Object>> definitions = TestDefinitions.load(source,
        project.paths().relative(project.paths().models()));
    try (DuckDbAdapter warehouse = DuckDbAdapter.open(targets.adapter(), project.paths().root())) {
      DeclarativeResult.Summary summary = new DeclarativeTestRunner(warehouse).run(models, tables, definitions);
      List<Diagnostic> notes = project.compiled().diagnostics().stream().filter(d -> !d.isError()).toList();
      return TestOutput.declarative(summary, notes);
    }
  }

  private DiagnosticsView view(List<Diagnostic> diagnostics, CompiledProject project) {
    return new DiagnosticsView(diagnostics, project.paths().root(), null, color);
  }
}
