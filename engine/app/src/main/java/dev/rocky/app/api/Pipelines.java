package dev.rocky.app.api;

import dev.rocky.compiler.CompileResult;
import dev.rocky.core.config.PipelineConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transformation pipelines of a compiled project and their models, as {@code rocky run} sees
 * them: every model when the project has one transformation pipeline, else the models whose SQL file
 * matches a pipeline's {@code models} glob.
 *
 * @param members pipeline name to its models, in rocky.toml order
 * @param others the other pipelines (replication, quality, ...), name to type
 */
public record Pipelines(Map<String, Set<String>> members, Map<String, String> others) {

  public Pipelines {
    members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
    others = Map.copyOf(others);
  }

  public static Pipelines of(Project project) {
    Map<String, TransformationPipeline> transformations = new LinkedHashMap<>();
    Map<String, String> others = new LinkedHashMap<>();
    for (Map.Entry<String, PipelineConfig> p : project.config().pipelines().entrySet()) {
      if (p.getValue() instanceof TransformationPipeline t) {
        transformations.put(p.getKey(), t);
      } else {
        others.put(p.getKey(), p.getValue().type());
      }
    }
    Map<String, Set<String>> members = new LinkedHashMap<>();
    transformations.forEach((name, t) -> {
      Set<String> models = new LinkedHashSet<>();
      PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + t.models());
      for (Model m : project.models()) {
        if (transformations.size() == 1 || glob.matches(Path.of(m.sqlFile()))) {
          models.add(m.name());
        }
      }
      members.put(name, models);
    });
    return new Pipelines(members, others);
  }

  public static Pipelines of(CompileResult compiled) {
    Project project = compiled.project();
    return project == null ? new Pipelines(Map.of(), Map.of()) : of(project);
  }

  /**
   * The models of a transformation pipeline.
   *
   * @throws ApiException {@code pipeline_not_found} when there is no such pipeline, {@code
   *     request_invalid} when it is not a transformation pipeline
   */
  public Set<String> require(String pipeline) {
    Set<String> models = members.get(pipeline);
    if (models != null) {
      return models;
    }
    String type = others.get(pipeline);
    if (type != null) {
      throw new ApiException(ApiErrorCode.REQUEST_INVALID, "pipeline '" + pipeline + "' is a " + type
          + " pipeline; runs build transformation pipelines only", "name a transformation pipeline: " + names());
    }
    throw new ApiException(ApiErrorCode.PIPELINE_NOT_FOUND, "no pipeline named '" + pipeline + "'",
        members.isEmpty() ? "add a [pipeline.NAME] with type = \"transformation\" to rocky.toml"
            : "the transformation pipelines are: " + names());
  }

  /** The pipelines and their models, as {@code GET /models} lists them. */
  public List<ModelList.PipelineModels> list() {
    return members.entrySet().stream()
        .map(e -> new ModelList.PipelineModels(e.getKey(), List.copyOf(e.getValue()))).toList();
  }

  private String names() {
    return String.join(", ", members.keySet());
  }
}
