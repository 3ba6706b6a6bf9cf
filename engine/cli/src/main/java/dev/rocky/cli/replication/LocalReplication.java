package dev.rocky.cli.replication;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.hooks.HookDispatcher;
import dev.rocky.app.replication.DiscoverOutput;
import dev.rocky.app.replication.ReplicationRunOutput;
import dev.rocky.app.replication.ReplicationRunner;
import dev.rocky.app.replication.ReplicationService;
import dev.rocky.app.run.RunOptions;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.hooks.LocalHooks;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.cli.run.RunProvenance;
import dev.rocky.compiler.load.ProjectLoader;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.PipelineConfig;
import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.hooks.HookSink;
import dev.rocky.core.port.SourceAdapter;
import dev.rocky.store.local.DirectoryProjectSource;
import dev.rocky.store.local.SqliteStateStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Replication pipelines on this machine: the warehouse is the pipeline's DuckDB target adapter (its
 * path relative to the project root), state in {@code .rocky/state.sqlite}, discovery through the
 * pipeline's source adapter. Hooks go to the {@link HookSink} this wiring was given, or by default to
 * the project's own {@code [hook]} commands and webhooks.
 */
public final class LocalReplication implements ReplicationWiring {
  private final Clock clock;
  private final @Nullable HookSink hooks;
  private final Map<String, String> env;

  public LocalReplication(Clock clock, @Nullable HookSink hooks, Map<String, String> env) {
    this.clock = clock;
    this.hooks = hooks;
    this.env = Map.copyOf(env);
  }

  public LocalReplication() {
    this(Clock.systemUTC(), null, System.getenv());
  }

  @Override
  public Optional<CommandResult> runIfReplication(ReplicationRequest request, PrintWriter err) {
    ProjectPaths paths = ProjectPaths.of(request.config(), request.models());
    RockyConfig config = loadConfig(paths);
    if (config == null) {
      if (!request.filter().isEmpty()) {
        paths.load();
      }
      return Optional.empty();
    }
    Optional<String> name = pick(config, request.pipeline(), !request.filter().isEmpty());
    if (name.isEmpty()) {
      if (!request.filter().isEmpty()) {
        throw new CliException(CliErrorCode.USAGE, "--filter applies to replication pipelines only",
            "name a replication pipeline with --pipeline, or drop --filter");
      }
      return Optional.empty();
    }
    ReplicationPipeline pipeline = (ReplicationPipeline) config.pipelines().get(name.get());
    AdapterConfig target = warehouse(config, name.get(), pipeline);
    RunProvenance provenance = RunProvenance.of(paths.config(), paths.root());
    RunOptions options = RunOptions.builder(provenance.configHash())
        .filter(request.filterText())
        .triggeringIdentity(Optional.ofNullable(env.get("USER")).filter(u -> !u.isBlank()).orElse(null))
        .git(provenance.gitCommit(), provenance.gitBranch())
        .build();
    try (DuckDbAdapter warehouse = DuckDbAdapter.open(target, paths.root());
        SourceAdapter source = SourceAdapters.open(name.get(), pipeline, config.adapters(), target, warehouse,
            paths.root(), env);
        SqliteStateStore state = SqliteStateStore.forProject(paths.root());
        HookDispatcher projectHooks = LocalHooks.of(config.hooks(), paths.root(), err)) {
      HookSink sink = hooks != null ? hooks : projectHooks;
      ReplicationRunOutput output = new ReplicationService(name.get(), pipeline, localCatalog(warehouse))
          .run(source, request.filter(), new ReplicationRunner(warehouse, state, sink, clock), options);
      ExitCode exit = switch (output.exitCode()) {
        case 0 -> ExitCode.SUCCESS;
        case 2 -> ExitCode.PARTIAL_SUCCESS;
        default -> ExitCode.FAILURE;
      };
      return Optional.of(new CommandResult("run", output, new ReplicationRunView(name.get(), output), exit));
    }
  }

  @Override
  public CommandResult discover(ReplicationRequest request) {
    ProjectPaths paths = ProjectPaths.of(request.config(), request.models());
    RockyConfig config = loadConfig(paths);
    if (config == null) {
      paths.load();
      throw new IllegalStateException("unreachable: the project failed to load");
    }
    String name = pick(config, request.pipeline(), true).orElseThrow();
    ReplicationPipeline pipeline = (ReplicationPipeline) config.pipelines().get(name);
    AdapterConfig target = warehouse(config, name, pipeline);
    try (DuckDbAdapter warehouse = DuckDbAdapter.open(target, paths.root());
        SourceAdapter source = SourceAdapters.open(name, pipeline, config.adapters(), target, warehouse,
            paths.root(), env)) {
      DiscoverOutput output = new ReplicationService(name, pipeline, localCatalog(warehouse))
          .discover(source, request.filter());
      return CommandResult.success("discover", output, DiscoverView.of(output));
    }
  }

  /**
   * The replication pipeline a command is about: the named one (an error when it is not a replication
   * pipeline and {@code required}); else the only replication pipeline of a project without
   * transformation pipelines.
   */
  static Optional<String> pick(RockyConfig config, @org.jspecify.annotations.Nullable String named, boolean required) {
    Map<String, PipelineConfig> pipelines = config.pipelines();
    if (named != null) {
      PipelineConfig p = pipelines.get(named);
      if (p instanceof ReplicationPipeline) {
        return Optional.of(named);
      }
      if (required) {
        throw new CliException(CliErrorCode.USAGE, p == null ? "no pipeline named '" + named + "' in rocky.toml"
            : "pipeline '" + named + "' is a " + p.type() + " pipeline, not a replication pipeline",
            "replication pipelines: " + replicationNames(pipelines));
      }
      return Optional.empty();
    }
    List<String> replication = replicationNames(pipelines);
    boolean transformation = pipelines.values().stream().anyMatch(p -> p instanceof TransformationPipeline);
    if (replication.size() == 1 && (!transformation || required)) {
      return Optional.of(replication.getFirst());
    }
    if (required || (!transformation && replication.size() > 1)) {
      throw new CliException(CliErrorCode.USAGE, replication.isEmpty() ? "rocky.toml has no replication pipeline"
          : "rocky.toml has several replication pipelines: " + replication, replication.isEmpty()
          ? "add [pipeline.NAME] with type = \"replication\"" : "name one with --pipeline");
    }
    return Optional.empty();
  }

  private static List<String> replicationNames(Map<String, PipelineConfig> pipelines) {
    return pipelines.entrySet().stream().filter(e -> e.getValue() instanceof ReplicationPipeline)
        .map(Map.Entry::getKey).toList();
  }

  private static AdapterConfig warehouse(RockyConfig config, String name, ReplicationPipeline pipeline) {
    String adapter = pipeline.target().adapter();
    AdapterConfig target = config.adapters().get(adapter);
    if (target == null) {
      throw new CliException(CliErrorCode.CONFIG, "pipeline '" + name + "' targets adapter '" + adapter
          + "', which rocky.toml does not define", "add [adapter." + adapter + "] with type = \"duckdb\"");
    }
    if (!"duckdb".equalsIgnoreCase(target.type())) {
      throw new CliException(CliErrorCode.UNSUPPORTED, "adapter '" + adapter + "' is of type " + target.type()
          + "; this build replicates on duckdb only", "point target.adapter at a [adapter.NAME] with type = \"duckdb\"");
    }
    return target;
  }

  private static String localCatalog(DuckDbAdapter warehouse) {
    return String.valueOf(warehouse.query("SELECT current_database()").single());
  }

  /** The project's configuration (rocky.toml alone), or null when it does not load (the model path reports why). */
  private @org.jspecify.annotations.Nullable RockyConfig loadConfig(ProjectPaths paths) {
    return new ProjectLoader(env).loadConfig(new DirectoryProjectSource(paths.root()), paths.relative(paths.config()))
        .orElse(null);
  }
}
