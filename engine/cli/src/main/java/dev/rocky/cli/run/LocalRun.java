package dev.rocky.cli.run;

import dev.rocky.app.branch.BranchService;
import dev.rocky.app.branch.ProjectDigest;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.app.replay.ProvenanceRecorder;
import dev.rocky.app.replay.Recipe;
import dev.rocky.app.replay.Recipes;
import dev.rocky.app.compile.CompileService;
import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.govern.RunGovernanceStep;
import dev.rocky.app.hooks.HookDispatcher;
import dev.rocky.app.render.DiagnosticRenderer;
import dev.rocky.app.run.RunCoordinator;
import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.DiagnosticsView;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.hooks.LocalHooks;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.check.VarSubstitution;
import dev.rocky.compiler.govern.ClassificationResolver;
import dev.rocky.compiler.govern.ProjectClassifications;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.port.WarehouseAdapter;
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
import dev.rocky.store.local.FileArtifactStore;
import dev.rocky.store.local.SqliteStateStore;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * pipelines and their warehouse adapter ({@link Warehouses}: DuckDB, Databricks or Snowflake), plan the selected models with the DAG and the inferred
 * schemas (into the branch schema with {@code --branch}), and run the plan with the
 * {@link RunCoordinator}, state in {@code .rocky/state.sqlite}, recipes, input snapshots and replay
 * records in {@code .rocky/artifacts}; after the models, the pipelines' data-quality checks, the
 * cost, the governance step (masks, tags, grants); the project's hooks fire throughout. A quality pipeline's
 * {@code --pipeline} runs its checks only. {@code rocky plan} and {@code apply} split the two halves.
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
    return switch (prepare(request)) {
      case Preparation.Failed failed -> failed.result();
      case Preparation.Ready ready -> execute(ready.planned(), AfterModels.of(ready.compiled(), request.vars(),
          request.env()), request.progress(), err, "run");
    };
  }

  /** Compiles and plans (on the request's branch, if any), without touching the warehouse. */
  public Preparation prepare(RunRequest request) {
    ProjectPaths paths = ProjectPaths.of(request.config(), request.models());
    CompileResult compiled = new CompileService(DirectoryCacheStore.ofProject(paths.root()), null)
        .compile(new DirectoryProjectSource(paths.root()), paths.compileOptions(request.vars()));
    Project project = compiled.project();
    if (project == null || compiled.dag() == null || compiled.hasErrors()) {
      return new Preparation.Failed(compileFailed(compiled, paths));
    }
    RunTargets targets = RunTargets.onAnyWarehouse(project.config(), request.pipeline());
    RunGraph graph = RunGraph.of(compiled.dag(), project.models(), targets);
    List<Model> models = substituted(project.models(), request.vars());
    SqlDialect dialect = SqlDialect.of(targets.dialect());
    TargetResolver resolver = request.branch() == null ? TargetResolver.of(dialect)
        : TargetResolver.of(dialect).onBranch(request.branch());
    RunPlan plan = new RunPlanner(dialect, graph.planning(), models, compiled.schemas(), resolver)
        .plan(selection(request.selectors(), graph, models, targets));
    Map<String, Model> byName = new LinkedHashMap<>();
    models.forEach(m -> byName.put(m.name(), m));
    Map<String, Recipe> recipes = new Recipes(compiled.analyses(), byName, resolver, dialect).of(plan);
    ProjectDigest digest = paths.digest();
    RunOptions options = options(paths, request.parallel(), request.selectors(), request.idempotencyKey(),
        request.partitions(), files(models), request.branch(), digest.sha256());
    return new Preparation.Ready(new Planned(paths, targets, graph.containment(), plan, options, recipes, digest),
        compiled, byName);
  }

  /**
   * What a run does once its models are built, besides recording them: the project (its cost
   * model and budget hooks), its classifications, the models as run and the {@code --env} whose
   * masks apply. The data-quality checks, the cost and the governance step are made from it.
   */
  public record AfterModels(Project project, ProjectClassifications classified, List<Model> models,
      @org.jspecify.annotations.Nullable String env) {
    public AfterModels {
      java.util.Objects.requireNonNull(project, "project");
      java.util.Objects.requireNonNull(classified, "classified");
      models = List.copyOf(models);
    }

    /** From a successful compile, with the run's variables substituted into the models. */
    public static AfterModels of(CompileResult compiled, Map<String, String> vars,
        @org.jspecify.annotations.Nullable String env) {
      Project project = java.util.Objects.requireNonNull(compiled.project(), "a compiled project");
      return new AfterModels(project, ClassificationResolver.resolve(project, compiled.lineage()),
          substituted(project.models(), vars), env);
    }
  }

  /**
   * What a stored plan's run does after its models ({@code rocky apply}): compiles the project
   * again (unchanged since the plan, as its digest proved) with the plan's variables.
   */
  public AfterModels afterModels(ProjectPaths paths, Map<String, String> vars,
      @org.jspecify.annotations.Nullable String env) {
    CompileResult compiled = new CompileService(DirectoryCacheStore.ofProject(paths.root()),
        null).compile(new DirectoryProjectSource(paths.root()), paths.compileOptions(vars));
    if (compiled.project() == null || compiled.hasErrors()) {
      throw new CliException(CliErrorCode.CONFIG, "the project no longer compiles; nothing was run",
          "fix the errors 'rocky compile' reports, then plan again");
    }
    return AfterModels.of(compiled, vars, env);
  }

  /**
   * Runs a planned run with the {@link RunCoordinator}, recording each model's recipe, inputs and
   * output ({@link ProvenanceRecorder}); after the models, the data-quality checks, the cost, the
   * governance step and the budget hooks. A branch run needs its branch created first.
   */
  public CommandResult execute(Planned planned, AfterModels after, boolean progress, PrintWriter err, String command) {
    Databases.warnIfInMemory(planned.targets(), err);
    Path root = planned.paths().root();
    RunTargets targets = planned.targets();
    Project project = after.project();
    try (HookDispatcher hooks = LocalHooks.of(project.config().hooks(), root, err);
        WarehouseAdapter warehouse = Warehouses.open(targets, root);
        SqliteStateStore state = SqliteStateStore.forProject(root);
        ProvenanceRecorder recorder = new ProvenanceRecorder(warehouse, state, FileArtifactStore.forProject(root),
            planned.recipes(), project.config().replay().record())) {
      String branch = planned.options().branch();
      if (branch != null) {
        new BranchService(state, clock).require(branch);
      }
      RunWatcher watcher = progress ? RunWatcher.live(err, clock) : RunWatcher.quiet();
      RunGovernanceStep governance = new RunGovernanceStep(warehouse, project.config(), after.classified(),
          after.models(), after.env());
      RunOutput output = new RunCoordinator(new ExecuteService(warehouse, state, clock), state, clock,
          dev.rocky.cli.quality.RunQuality.checks(targets, after.models(), planned.plan(), warehouse, state, clock),
          dev.rocky.app.cost.CostService.of(project, warehouse), governance, recorder)
          .withHooks(hooks, targets.names().size() == 1 ? targets.names().getFirst() : null)
          .run(planned.plan(), planned.containment(), planned.options(), watcher);
      BudgetWarnings.print(output, err);
      if (output.interrupted()) {
        err.println("error: a hook with on_failure = \"abort\" stopped the run; models after it were not run");
        err.flush();
      }
      return new CommandResult(command, output, dev.rocky.cli.quality.RunQuality.view(watcher.view(output), output),
          exitCode(output.exitCode()));
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

  /** The run's options as the CLI records them: who ran it, from which commit, on which branch and files. */
  public static RunOptions options(ProjectPaths paths, int parallel, List<String> selectors,
      @org.jspecify.annotations.Nullable String idempotencyKey, PartitionOptions partitions, Map<String, String> files,
      @org.jspecify.annotations.Nullable String branch, String projectDigest) {
    RunProvenance provenance = RunProvenance.of(paths.config(), paths.root());
    return RunOptions.builder(provenance.configHash())
        .parallel(parallel)
        .filter(String.join(" ", selectors))
        .idempotencyKey(idempotencyKey)
        .triggeringIdentity(Optional.ofNullable(System.getenv("USER")).filter(u -> !u.isBlank()).orElse(null))
        .git(provenance.gitCommit(), provenance.gitBranch())
        .partitions(partitions)
        .modelFiles(files)
        .provenance(branch, projectDigest)
        .build();
  }

  private static Map<String, String> files(List<Model> models) {
    Map<String, String> files = new HashMap<>();
    models.forEach(m -> files.put(m.name(), m.sqlFile()));
    return files;
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
