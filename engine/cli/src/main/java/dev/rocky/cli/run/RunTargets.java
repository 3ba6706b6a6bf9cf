package dev.rocky.cli.run;

import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.PipelineConfig;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.project.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The transformation pipelines a run builds and the one warehouse adapter they write to. With
 * {@code --pipeline}, that pipeline; without, every transformation pipeline, ordered so that a
 * pipeline comes after those in its {@code depends_on}.
 *
 * @param pipelines pipeline name to its configuration, in run order
 * @param adapterName the {@code [adapter.NAME]} they all write to
 * @param sole whether the project has no other transformation pipeline (then every model is its)
 */
public record RunTargets(Map<String, TransformationPipeline> pipelines, String adapterName, AdapterConfig adapter,
    boolean sole) {

  public RunTargets {
    pipelines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pipelines));
  }

  /** {@link #onAnyWarehouse}, for the commands that work on DuckDB only (seed, checks, promotion, serve). */
  public static RunTargets of(RockyConfig config, @Nullable String pipeline) {
    RunTargets targets = onAnyWarehouse(config, pipeline);
    if (!"duckdb".equalsIgnoreCase(targets.adapter().type())) {
      throw new CliException(CliErrorCode.UNSUPPORTED, "adapter '" + targets.adapterName() + "' is of type "
          + targets.adapter().type() + "; this command works on duckdb only",
          "point the pipeline's target adapter at a [adapter.NAME] with type = \"duckdb\"");
    }
    return targets;
  }

  /**
   * The pipelines and their adapter, of any type {@link Warehouses} can open (duckdb, databricks,
   * snowflake): what {@code rocky run}, {@code plan} and {@code apply} build on.
   */
  public static RunTargets onAnyWarehouse(RockyConfig config, @Nullable String pipeline) {
    Map<String, TransformationPipeline> chosen = pipeline == null ? all(config) : named(config, pipeline);
    Set<String> adapters = new LinkedHashSet<>();
    chosen.values().forEach(p -> adapters.add(p.targetAdapter()));
    if (adapters.size() > 1) {
      throw new CliException(CliErrorCode.UNSUPPORTED,
          "the transformation pipelines write to different adapters (" + String.join(", ", adapters) + ")",
          "run one pipeline at a time with --pipeline NAME");
    }
    String adapterName = adapters.iterator().next();
    AdapterConfig adapter = config.adapters().get(adapterName);
    if (adapter == null) {
      throw new CliException(CliErrorCode.CONFIG, "no adapter named '" + adapterName + "' in rocky.toml",
          "add [adapter." + adapterName + "] with type = \"duckdb\" and a path; 'rocky validate' checks the configuration");
    }
    Warehouses.dialect(adapterName, adapter);
    long transformations = config.pipelines().values().stream().filter(p -> p instanceof TransformationPipeline).count();
    return new RunTargets(chosen, adapterName, adapter, transformations == 1);
  }

  /** The SQL dialect of the adapter. */
  public Dialect dialect() {
    return Warehouses.dialect(adapterName, adapter);
  }

  /** The pipelines' names, in run order. */
  public List<String> names() {
    return List.copyOf(pipelines.keySet());
  }

  private static Map<String, TransformationPipeline> named(RockyConfig config, String name) {
    PipelineConfig p = config.pipelines().get(name);
    if (p == null) {
      throw new CliException(CliErrorCode.USAGE, "no pipeline named '" + name + "'",
          config.pipelines().isEmpty() ? "add a [pipeline.NAME] with type = \"transformation\" to rocky.toml"
              : "the pipelines are: " + String.join(", ", config.pipelines().keySet()));
    }
    if (!(p instanceof TransformationPipeline t)) {
      throw new CliException(CliErrorCode.UNSUPPORTED, "pipeline '" + name + "' is a " + p.type()
          + " pipeline; this build runs transformation pipelines only", "run a transformation pipeline");
    }
    return Map.of(name, t);
  }

  private static Map<String, TransformationPipeline> all(RockyConfig config) {
    Map<String, TransformationPipeline> transformations = new LinkedHashMap<>();
    config.pipelines().forEach((name, p) -> {
      if (p instanceof TransformationPipeline t) {
        transformations.put(name, t);
      }
    });
    if (transformations.isEmpty()) {
      throw new CliException(CliErrorCode.CONFIG, "rocky.toml has no transformation pipeline",
          "add [pipeline.NAME] with type = \"transformation\" and [pipeline.NAME.target] adapter = \"...\"");
    }
    Map<String, TransformationPipeline> ordered = new LinkedHashMap<>();
    for (String name : transformations.keySet()) {
      visit(name, transformations, ordered, new ArrayList<>());
    }
    return ordered;
  }

  /** Depth-first: a pipeline after the transformation pipelines it depends on. */
  private static void visit(String name, Map<String, TransformationPipeline> all, Map<String, TransformationPipeline> out,
      List<String> path) {
    if (out.containsKey(name)) {
      return;
    }
    if (path.contains(name)) {
      throw new CliException(CliErrorCode.CONFIG, "the pipelines depend on each other in a cycle: "
          + String.join(" -> ", path.subList(path.indexOf(name), path.size())) + " -> " + name,
          "remove one of the depends_on entries");
    }
    path.add(name);
    for (String dep : all.get(name).dependsOn()) {
      if (all.containsKey(dep)) {
        visit(dep, all, out, path);
      }
    }
    path.removeLast();
    out.put(name, all.get(name));
  }
}
