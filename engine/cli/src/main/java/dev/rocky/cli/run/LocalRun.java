package dev.rocky.cli.run;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.compile.CompileService;
import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.govern.RunGovernanceStep;
import dev.rocky.app.render.DiagnosticRenderer;
import dev.rocky.app.run.RunCoordinator;
import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.DiagnosticsView;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.check.VarSubstitution;
import dev.rocky.compiler.govern.ClassificationResolver;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.RunPlanner;
import dev.rocky.planner.Selection;
import dev.rocky.planner.Selector;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import dev.rocky.store.local.DirectoryCacheStore;
import dev.rocky.store.local.DirectoryProjectSource;
import dev.rocky.store.local.SqliteStateStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code rocky run} on this machine: compile (any error stops here, exit 1, nothing runs), pick the
 * pipelines and their DuckDB adapter, plan the selected models with the DAG and the inferred
 * schemas, and run the plan with the {@link RunCoordinator}, state in {@code .rocky/state.sqlite}.
 */
public final class LocalRun {
  private final Clock clock;

  public LocalRun(Clock clock) {
    this.clock = clock;
  }

  public CommandResult run(RunRequest request, PrintWriter err) {
    Optional<CommandResult> quality = new dev.rocky.cli.quality.LocalQualityRun(clock).runIfQuality(request);
    if (quality.isPresent()) {
      return quality.get();
    }
    ProjectPaths paths = ProjectPaths.of(request.config(), request.models());
    CompileResult compiled = new CompileService(new DirectoryCacheStore(paths.root().resolve(".rocky").resolve("cache")), null)
        .compile(new DirectoryProjectSource(paths.root()), paths.compileOptions(request.vars()));
    Project project = compiled.project();
    if (project == null || compiled.dag() == null || compiled.hasErrors()) {
      return compileFailed(compiled, paths);
    }
    RunTargets targets = RunTargets.of(project.config(), request.pipeline());
    RunGraph graph = RunGraph.of(compiled.dag(), project.models(), targets);
    List<Model> models = substituted(project.models(), request.vars());
    SqlDialect dialect = SqlDialect.DUCKDB;
    RunPlan plan = new RunPlanner(dialect, graph.planning(), models, compiled.schemas(), TargetResolver.of(dialect))
        .plan(selection(request.selectors(), graph, models, targets));
    RunOptions options = options(request, paths, models);

    Databases.warnIfInMemory(targets, err);
    try (DuckDbAdapter warehouse = DuckDbAdapter.open(targets.adapter(), paths.root());
        SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
      RunWatcher watcher = request.progress() ? RunWatcher.live(err, clock) : RunWatcher.quiet();
      RunGovernanceStep governance = new RunGovernanceStep(warehouse, project.config(),
          ClassificationResolver.resolve(project, compiled.lineage()), models, request.env());
      RunOutput output = new RunCoordinator(new ExecuteService(warehouse, state, clock), state, clock,
          dev.rocky.cli.quality.RunQuality.checks(targets, models, plan, warehouse, state, clock),
          dev.rocky.app.cost.CostService.of(project, targets.adapter().type()), governance)
          .run(plan, graph.containment(), options, watcher);
      boolean aborted = new dev.rocky.cli.cost.LocalBudgetHooks(project.config().hooks(), paths.root(), err)
          .fire(output, targets.names().size() == 1 ? targets.names().getFirst() : null, clock.instant());
      return new CommandResult("run", output, dev.rocky.cli.quality.RunQuality.view(watcher.view(output), output),
          exitCode(aborted ? 1 : output.exitCode()));
    }
  }

  /** The selected models of the run's pipelines, by name: {@code --model} selectors, or all of them. */
  private static Selection selection(List<String> selectors, RunGraph graph, List<Model> models, RunTargets targets) {
    Set<String> names = new LinkedHashSet<>();
    models.forEach(m -> names.add(m.name()));
    Selection asked = selectors.isEmpty() ? Selection.all() : Selection.of(selectors.toArray(String[]::new));
    List<Selector> kept = asked.resolve(graph.planning(), names).stream()
        .filter(graph.members()::contains).map(Selector::model).toList();
    if (kept.isEmpty()) {
      String pipelines = String.join(", ", targets.names());
      throw selectors.isEmpty()
          ? new CliException(CliErrorCode.CONFIG, "pipeline " + pipelines + " has no models to run",
              "add models under the pipeline's models glob, or fix the glob in rocky.toml")
          : new CliException(CliErrorCode.USAGE, "--model " + String.join(" ", selectors)
              + " selects no model of pipeline " + pipelines, "see the models with: rocky list models");
    }
    return new Selection(kept);
  }

  private RunOptions options(RunRequest request, ProjectPaths paths, List<Model> models) {
    RunProvenance provenance = RunProvenance.of(paths.config(), paths.root());
    Map<String, String> files = new HashMap<>();
    models.forEach(m -> files.put(m.name(), m.sqlFile()));
    return RunOptions.builder(provenance.configHash())
        .parallel(request.parallel())
        .filter(String.join(" ", request.selectors()))
        .idempotencyKey(request.idempotencyKey())
        .triggeringIdentity(Optional.ofNullable(System.getenv("USER")).filter(u -> !u.isBlank()).orElse(null))
        .git(provenance.gitCommit(), provenance.gitBranch())
        .partitions(request.partitions())
        .modelFiles(files)
        .build();
  }

  /** The models with {@code @var(...)} replaced, as they will run (the compiler checked the same text). */
  private static List<Model> substituted(List<Model> models, Map<String, String> vars) {
    VarSubstitution substitution = new VarSubstitution(vars);
    return models.stream()
        .map(m -> new Model(m.name(), m.sqlFile(), substitution.apply(m).sql(), m.sidecarFile(), m.config()))
        .toList();
  }

  private static CommandResult compileFailed(CompileResult compiled, ProjectPaths paths) {
    List<Diagnostic> errors = compiled.diagnostics().stream().filter(Diagnostic::isError).toList();
    int models = compiled.project() == null ? 0 : compiled.project().models().size();
    String summary = new DiagnosticRenderer(file -> Optional.empty(), false).summary(errors, models)
        + "; nothing was run";
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("status", "Failure");
    payload.put("has_errors", true);
    payload.put("diagnostics", errors);
    return new CommandResult("run", payload, new DiagnosticsView(errors, paths.root(), summary), ExitCode.FAILURE);
  }

  static ExitCode exitCode(int code) {
    return switch (code) {
      case 0 -> ExitCode.SUCCESS;
      case 2 -> ExitCode.PARTIAL_SUCCESS;
      default -> ExitCode.FAILURE;
    };
  }
}
