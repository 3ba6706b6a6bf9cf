package dev.rocky.cli.load;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.load.LoadFile;
import dev.rocky.app.load.LoadOptions;
import dev.rocky.app.load.LoadOutput;
import dev.rocky.app.load.LoadService;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.cli.run.RunTargets;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.Seed;
import dev.rocky.planner.load.FileFormat;
import dev.rocky.planner.sql.TableName;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky load} and {@code rocky seed} (CSV seeds) on this machine: the files into the DuckDB
 * database of the project's pipelines (or of its only adapter, in a project without
 * transformation pipelines).
 */
public final class LocalLoad {

  public CommandResult load(LoadRequest request, PrintWriter err) {
    ProjectPaths paths = ProjectPaths.of(request.config());
    Project project = paths.load();
    List<LoadFile> files = LoadTargets.of(request.source(), request.format(), request.target(), paths::relative);
    LoadOutput output = run(project, paths, request.pipeline(), files,
        LoadOptions.append(request.create(), request.truncate()));
    return CommandResult.success("load", output, LoadViews.of(output, "loaded"));
  }

  /** Every {@code seeds/*.csv} (or the one named {@code filter}) replaces its table; sidecars set target, types, SQL. */
  public CommandResult seedCsv(Path config, @Nullable String pipeline, @Nullable String filter, PrintWriter err) {
    ProjectPaths paths = ProjectPaths.of(config);
    Project project = paths.load();
    List<Seed> seeds = project.seeds().stream().filter(s -> filter == null || s.name().equals(filter)).toList();
    if (seeds.isEmpty()) {
      throw filter == null
          ? new CliException(CliErrorCode.CONFIG, "the project has no seeds/*.csv",
              "put CSV files with a header line in seeds/, or run data/seed.sql with: rocky seed --sql")
          : new CliException(CliErrorCode.USAGE, "no seed named '" + filter + "' in seeds/",
              "the seeds are: " + String.join(", ", project.seeds().stream().map(Seed::name).toList()));
    }
    List<LoadFile> files = seeds.stream().map(s -> new LoadFile(paths.root().resolve(s.file()), s.file(),
        FileFormat.CSV, new TableName(s.target().catalog(),
            s.target().schema() == null ? LoadTargets.DEFAULT_SCHEMA : s.target().schema(), s.target().table()),
        s.columnTypes(), s.preHook(), s.postHook())).toList();
    LoadOutput output = run(project, paths, pipeline, files, LoadOptions.replacing());
    return CommandResult.success("seed", output, LoadViews.of(output, "seeded"));
  }

  private static LoadOutput run(Project project, ProjectPaths paths, @Nullable String pipeline, List<LoadFile> files,
      LoadOptions options) {
    try (DuckDbAdapter warehouse = DuckDbAdapter.open(adapter(project.config(), pipeline), paths.root())) {
      return new LoadService(warehouse).load(files, options);
    }
  }

  private static AdapterConfig adapter(RockyConfig config, @Nullable String pipeline) {
    boolean transformations = config.pipelines().values().stream().anyMatch(p -> p instanceof TransformationPipeline);
    if (pipeline != null || transformations) {
      return RunTargets.of(config, pipeline).adapter();
    }
    List<AdapterConfig> duckdb = config.adapters().values().stream()
        .filter(a -> "duckdb".equalsIgnoreCase(a.type())).toList();
    if (duckdb.size() != 1) {
      throw new CliException(CliErrorCode.CONFIG, duckdb.isEmpty() ? "the project has no duckdb adapter to load into"
          : "the project has several duckdb adapters and no transformation pipeline to choose one",
          "add a transformation pipeline whose target adapter is the warehouse, or keep one [adapter.NAME] of type duckdb");
    }
    return duckdb.getFirst();
  }
}
