package dev.rocky.cli.govern;

import dev.rocky.app.compile.CompileService;
import dev.rocky.app.govern.GovernTarget;
import dev.rocky.app.govern.ModelPipelines;
import dev.rocky.app.render.DiagnosticRenderer;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.govern.ClassificationResolver;
import dev.rocky.compiler.govern.ProjectClassifications;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import dev.rocky.store.local.DirectoryCacheStore;
import dev.rocky.store.local.DirectoryProjectSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A project compiled for governance: its classifications (declared and inherited along lineage), the
 * adapter its transformation pipelines write to, and its models as governance targets.
 */
record GovernProject(ProjectPaths paths, Project project, ProjectClassifications classified, CompileResult compiled) {

  static GovernProject compile(Path config, Path models) {
    ProjectPaths paths = ProjectPaths.of(config, models);
    CompileResult compiled = new CompileService(DirectoryCacheStore.ofProject(paths.root()),
        null).compile(new DirectoryProjectSource(paths.root()), paths.compileOptions(Map.of()));
    Project project = compiled.project();
    if (project == null) {
      List<Diagnostic> errors = compiled.diagnostics().stream().filter(Diagnostic::isError).toList();
      String first = errors.isEmpty() ? "cannot read " + paths.relative(paths.config()) : errors.getFirst().message();
      throw new CliException(CliErrorCode.CONFIG, first, "run 'rocky validate' to see what is wrong with the project ("
          + new DiagnosticRenderer(f -> Optional.empty(), false).summary(errors, 0) + ")");
    }
    return new GovernProject(paths, project, ClassificationResolver.resolve(project, compiled.lineage()), compiled);
  }

  RockyConfig config() {
    return project.config();
  }

  /** The adapter the (chosen) transformation pipelines write to, and its name. */
  record Target(String name, AdapterConfig adapter, Dialect dialect) {}

  Target target(@Nullable String pipeline) {
    List<String> adapters = new ArrayList<>();
    config().pipelines().forEach((name, p) -> {
      if (p instanceof TransformationPipeline t && (pipeline == null || pipeline.equals(name))
          && !adapters.contains(t.targetAdapter())) {
        adapters.add(t.targetAdapter());
      }
    });
    if (adapters.isEmpty()) {
      throw new CliException(CliErrorCode.CONFIG, pipeline == null ? "rocky.toml has no transformation pipeline"
          : "no transformation pipeline named '" + pipeline + "'", "governance applies to the models of a"
          + " [pipeline.NAME] with type = \"transformation\"");
    }
    if (adapters.size() > 1) {
      throw new CliException(CliErrorCode.UNSUPPORTED, "the transformation pipelines write to different adapters ("
          + String.join(", ", adapters) + ")", "govern one pipeline at a time with --pipeline NAME");
    }
    AdapterConfig adapter = config().adapters().get(adapters.getFirst());
    if (adapter == null) {
      throw new CliException(CliErrorCode.CONFIG, "no adapter named '" + adapters.getFirst() + "' in rocky.toml",
          "'rocky validate' checks the configuration");
    }
    Dialect dialect = Dialect.ofAdapterType(adapter.type()).orElseThrow(() -> new CliException(CliErrorCode.UNSUPPORTED,
        "adapter '" + adapters.getFirst() + "' is of type " + adapter.type() + ", which has no SQL dialect here",
        "point the pipeline at a duckdb, databricks or snowflake adapter"));
    return new Target(adapters.getFirst(), adapter, dialect);
  }

  /**
   * The models of the chosen pipelines that are materialized, as governance targets in {@code dialect};
   * their columns as {@code warehouse} describes them when it can, else as inferred.
   */
  List<GovernTarget> targets(@Nullable String pipeline, SqlDialect dialect, @Nullable WarehouseAdapter warehouse) {
    ModelPipelines pipelines = ModelPipelines.of(config(), project.models());
    TargetResolver resolver = TargetResolver.of(dialect);
    List<GovernTarget> out = new ArrayList<>();
    for (Model m : project.models()) {
      String p = pipelines.pipeline(m.name());
      if (m.strategy() instanceof Strategy.Ephemeral || p.isEmpty() || (pipeline != null && !pipeline.equals(p))) {
        continue;
      }
      var table = resolver.production(m.target());
      List<TypedColumn> columns = compiled.schemas().containsKey(m.name()) ? compiled.schemas().get(m.name()).columns()
          : List.of();
      if (warehouse != null) {
        columns = warehouse.describeTable(new TargetRef(table.catalog(), table.schema(), table.table())).orElse(columns);
      }
      boolean view = m.strategy() instanceof Strategy.View || m.strategy() instanceof Strategy.MaterializedView;
      out.add(new GovernTarget(m, table, view, columns, p, pipelines.governance(m.name())));
    }
    return out;
  }
}
