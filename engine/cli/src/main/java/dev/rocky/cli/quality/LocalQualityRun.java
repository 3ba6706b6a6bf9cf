package dev.rocky.cli.quality;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.quality.QualityPipelineRun;
import dev.rocky.app.quality.TableCheckResult;
import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.cli.run.RunProvenance;
import dev.rocky.cli.run.RunRequest;
import dev.rocky.compiler.load.LoadOptions;
import dev.rocky.compiler.load.LoadResult;
import dev.rocky.compiler.load.ProjectLoader;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.PipelineConfig;
import dev.rocky.core.config.QualityPipeline;
import dev.rocky.core.project.Project;
import dev.rocky.store.local.DirectoryProjectSource;
import dev.rocky.store.local.SqliteStateStore;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code rocky run --pipeline NAME} when NAME is a {@code type = "quality"} pipeline: its checks on
 * its tables in the pipeline's DuckDB, the run recorded in {@code .rocky/state.sqlite}. Exits 1
 * when a check blocks (error severity with fail_on_error), 0 otherwise.
 */
public final class LocalQualityRun {
  private final Clock clock;

  public LocalQualityRun(Clock clock) {
    this.clock = clock;
  }

  /** The run's result when the request names a quality pipeline; empty for anything else. */
  public Optional<CommandResult> runIfQuality(RunRequest request) {
    if (request.pipeline() == null) {
      return Optional.empty();
    }
    ProjectPaths paths = ProjectPaths.of(request.config(), request.models());
    String modelsDir = paths.relative(paths.models());
    LoadResult loaded = new ProjectLoader(System.getenv()).load(new DirectoryProjectSource(paths.root()),
        new LoadOptions(paths.relative(paths.config()), "models".equals(modelsDir) ? null : modelsDir, null));
    Project project = loaded.project();
    PipelineConfig pipeline = project == null ? null : project.config().pipelines().get(request.pipeline());
    if (!(pipeline instanceof QualityPipeline quality)) {
      return Optional.empty();
    }
    return Optional.of(run(request.pipeline(), quality, project, paths));
  }

  private CommandResult run(String name, QualityPipeline pipeline, Project project, ProjectPaths paths) {
    AdapterConfig adapter = project.config().adapters().get(pipeline.targetAdapter());
    if (adapter == null) {
      throw new CliException(CliErrorCode.CONFIG, "no adapter named '" + pipeline.targetAdapter() + "' in rocky.toml",
          "add [adapter." + pipeline.targetAdapter() + "] with type = \"duckdb\"; 'rocky validate' checks the configuration");
    }
    if (!"duckdb".equalsIgnoreCase(adapter.type())) {
      throw new CliException(CliErrorCode.UNSUPPORTED, "adapter '" + pipeline.targetAdapter() + "' is of type "
          + adapter.type() + "; this build checks tables on duckdb only",
          "point the pipeline's target adapter at a [adapter.NAME] with type = \"duckdb\"");
    }
    RunProvenance provenance = RunProvenance.of(paths.config(), paths.root());
    RunOptions options = RunOptions.builder(provenance.configHash())
        .filter("")
        .triggeringIdentity(Optional.ofNullable(System.getenv("USER")).filter(u -> !u.isBlank()).orElse(null))
        .git(provenance.gitCommit(), provenance.gitBranch())
        .build();
    try (DuckDbAdapter warehouse = DuckDbAdapter.open(adapter, paths.root());
        SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
      RunOutput output = new QualityPipelineRun(warehouse, state, clock)
          .run(name, pipeline, options, String.valueOf(warehouse.query("SELECT current_database()").single()));
      ExitCode exit = switch (output.exitCode()) {
        case 0 -> ExitCode.SUCCESS;
        case 2 -> ExitCode.PARTIAL_SUCCESS;
        default -> ExitCode.FAILURE;
      };
      return new CommandResult("run", output, new CheckLines(null, output).then(summary(name, output)), exit);
    }
  }

  private static String summary(String name, RunOutput output) {
    long failed = output.checkResults().stream()
        .mapToLong(t -> ((TableCheckResult) t).checks().stream().filter(c -> !c.passed()).count())
        .sum();
    String status = switch (output.status()) {
      case SUCCESS -> "Success";
      case PARTIAL_FAILURE -> "PartialFailure";
      default -> "Failure";
    };
    return String.format("%s: quality pipeline %s checked %d table(s), %d check(s) failed (%s)", status, name,
        output.checkResults().size(), failed, output.runId());
  }
}
