package dev.rocky.cli.wiring;

import dev.rocky.adapter.duckdb.DuckDbSeedCatalog;
import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.catalog.CachedSourceCatalog;
import dev.rocky.app.catalog.WarehouseSourceCatalog;
import dev.rocky.cli.run.RunTargets;
import dev.rocky.compiler.load.LoadOptions;
import dev.rocky.compiler.load.LoadResult;
import dev.rocky.compiler.load.ProjectLoader;
import dev.rocky.core.port.SourceCatalog;
import dev.rocky.app.compile.CompileReport;
import dev.rocky.app.compile.CompileService;
import dev.rocky.app.render.DiagnosticRenderer;
import dev.rocky.app.validate.ValidateReport;
import dev.rocky.app.validate.ValidateService;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.CompileReportJson;
import dev.rocky.cli.output.DiagnosticsJson;
import dev.rocky.cli.output.DiagnosticsView;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.store.local.DirectoryCacheStore;
import dev.rocky.store.local.DirectoryProjectSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The laptop and CI wiring: the project from the local file system, the compile cache under
 * {@code .rocky/cache}, DuckDB for {@code --with-seed}.
 */
public final class LocalWiring implements Wiring {
  /** How long a table schema read from the warehouse is trusted (Rocky's default). */
  private static final Duration SCHEMA_TTL = Duration.ofHours(24);
  private final boolean color;

  public LocalWiring(boolean color) {
    this.color = color;
  }

  public LocalWiring() {
    this(false);
  }

  @Override
  public dev.rocky.cli.branch.BranchWiring branches() {
    return new dev.rocky.cli.branch.LocalBranchWiring();
  }

  @Override
  public LineageWiring lineage() {
    return new LocalLineageWiring(color, java.time.Clock.systemUTC());
  }

  @Override
  public dev.rocky.cli.quality.QualityWiring quality() {
    return new dev.rocky.cli.quality.LocalQualityWiring(color);
  }

  @Override
  public dev.rocky.cli.ai.AiWiring ai() {
    return new dev.rocky.cli.ai.LocalAiWiring(color, System.getenv());
  }

  @Override
  public dev.rocky.cli.cost.CostWiring cost() {
    return new dev.rocky.cli.cost.LocalCostWiring();
  }

  @Override
  public dev.rocky.cli.govern.GovernWiring govern() {
    return new dev.rocky.cli.govern.LocalGovernWiring();
  }

  @Override
  public CommandResult validate(ValidateRequest request) {
    Path root = rootOf(request.config());
    ValidateReport report = new ValidateService(cache(root))
        .validate(new DirectoryProjectSource(root), options(request.config(), null, null));
    String summary = report.valid()
        ? "valid: " + report.models() + " models, " + report.adapters() + " adapters, " + report.pipelines() + " pipelines"
        : "invalid: " + summary(report.diagnostics(), report.models());
    return new CommandResult("validate", report, view(report.diagnostics(), root, summary),
        report.valid() ? ExitCode.SUCCESS : ExitCode.FAILURE);
  }

  @Override
  public CommandResult compile(CompileRequest request) {
    Path root = rootOf(request.config());
    CompileOptions options = options(request.config(), request.models(), request.contracts())
        .withVars(request.vars())
        .withSeed(request.withSeed())
        .withTargetDialect(request.targetDialect());
    // Offline by default: tables nothing declares are typed from what the warehouse said within a day.
    if (!request.withWarehouse()) {
      return compileReport(root, options, request.model(), null);
    }
    try (DuckDbAdapter warehouse = openTarget(root, options)) {
      return compileReport(root, options, request.model(), new WarehouseSourceCatalog(warehouse));
    }
  }

  private CommandResult compileReport(Path root, CompileOptions options, @Nullable String model, @Nullable SourceCatalog live) {
    CachedSourceCatalog schemas = new CachedSourceCatalog(live, cache(root), Clock.systemUTC(), SCHEMA_TTL);
    CompileResult result = new CompileService(cache(root), new DuckDbSeedCatalog(), schemas,
        dev.rocky.cli.cost.LocalCostHistory.projections(root)).compile(new DirectoryProjectSource(root), options);
    CompileReport report = CompileReport.of(result, model);
    return new CommandResult("compile", new CompileReportJson(report), view(report.diagnostics(), root, summary(report.diagnostics(), report.models())),
        report.hasErrors() ? ExitCode.FAILURE : ExitCode.SUCCESS);
  }

  @Override
  public dev.rocky.cli.run.RunWiring runs() {
    return new dev.rocky.cli.run.LocalRunWiring();
  }

  @Override
  public dev.rocky.cli.replication.ReplicationWiring replication() {
    return new dev.rocky.cli.replication.LocalReplication();
  }

  @Override
  public dev.rocky.cli.serve.ServeWiring serve() {
    return new dev.rocky.cli.serve.LocalServeWiring();
  }

  /** The warehouse the project's transformation pipelines write to, opened for reading schemas. */
  private static DuckDbAdapter openTarget(Path root, CompileOptions options) {
    LoadResult loaded = new ProjectLoader(options.env())
        .load(new DirectoryProjectSource(root), new LoadOptions(options.configFile(), options.modelsDir(), options.contractsDir()));
    if (loaded.project() == null) {
      throw new CliException(CliErrorCode.CONFIG, "--with-warehouse needs a readable " + options.configFile(),
          "run 'rocky validate' to see what is wrong with it");
    }
    return DuckDbAdapter.open(RunTargets.of(loaded.project().config(), null).adapter(), root);
  }

  @Override
  public CommandResult listModels(ListModelsRequest request) {
    Path root = rootOf(request.config());
    CompileResult result = compileQuietly(root, options(request.config(), request.models(), null));
    Project project = result.project();
    if (project == null) {
      return failed("list models", root, result);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    TextTable.Builder table = TextTable.builder("MODEL", "TARGET", "STRATEGY", "DEPENDS ON").emptyMessage("no models");
    for (Model m : project.models()) {
      List<String> deps = result.dag() == null ? List.of() : result.dag().upstreamOf(m.name());
      boolean contract = project.contracts().stream().anyMatch(c -> c.model().equals(m.name()));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", m.name());
      row.put("target", m.target());
      row.put("strategy", m.strategy());
      row.put("has_contract", contract);
      row.put("depends_on", deps);
      rows.add(row);
      table.row(m.name(), m.target().qualifiedName(), m.strategy().type(), String.join(", ", deps));
    }
    return new CommandResult("list models", Map.of("models", rows), table.build(), ExitCode.SUCCESS);
  }

  @Override
  public CommandResult listDeps(ListDepsRequest request) {
    Path root = rootOf(request.config());
    CompileResult result = compileQuietly(root, options(request.config(), request.models(), null));
    if (result.project() == null || result.dag() == null) {
      return failed("list deps", root, result);
    }
    Optional<Model> model = result.project().model(request.model());
    if (model.isEmpty()) {
      throw new CliException(CliErrorCode.USAGE, "no model named '" + request.model() + "'",
          "see the models with: rocky list models");
    }
    List<String> upstream = result.dag().upstreamOf(request.model());
    List<String> downstream = result.dag().downstreamOf(request.model());
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("model", request.model());
    payload.put("depends_on", upstream);
    payload.put("dependents", downstream);
    return new CommandResult("list deps", payload,
        HumanView.lines(request.model() + " depends on: " + (upstream.isEmpty() ? "(nothing)" : String.join(", ", upstream)),
            request.model() + " is read by: " + (downstream.isEmpty() ? "(nothing)" : String.join(", ", downstream))),
        ExitCode.SUCCESS);
  }

  @Override
  public CommandResult catalog(CatalogRequest request) {
    return new LocalCatalogWiring(color, Clock.systemUTC()).catalog(request);
  }

  @Override
  public CommandResult importDbt(ImportDbtRequest request) {
    return new MigrationWiring(color).importDbt(request);
  }

  @Override
  public CommandResult validateMigration(ValidateMigrationRequest request) {
    return new MigrationWiring(color).validateMigration(request);
  }

  private CompileResult compileQuietly(Path root, CompileOptions options) {
    return new CompileService(cache(root), null).compile(new DirectoryProjectSource(root), options);
  }

  private CommandResult failed(String command, Path root, CompileResult result) {
    List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
    return new CommandResult(command, new DiagnosticsJson(errors), view(errors, root, summary(errors, 0)), ExitCode.FAILURE);
  }

  private HumanView view(List<Diagnostic> diagnostics, Path root, String summary) {
    return new DiagnosticsView(diagnostics, root, summary, color);
  }

  private static String summary(List<Diagnostic> diagnostics, int models) {
    return new DiagnosticRenderer(file -> Optional.empty(), false).summary(diagnostics, models);
  }

  private static CompileOptions options(Path config, @Nullable Path models, @Nullable Path contracts) {
    Path root = rootOf(config);
    String modelsDir = models == null ? null : relative(root, models);
    return CompileOptions.defaults().withDirectories(
        relative(root, config), "models".equals(modelsDir) ? null : modelsDir, contracts == null ? null : relative(root, contracts));
  }

  private static CacheStore cache(Path root) {
    return DirectoryCacheStore.ofProject(root);
  }

  private static Path rootOf(Path config) {
    Path parent = config.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  private static String relative(Path root, Path path) {
    Path abs = path.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
