package dev.rocky.app.govern;

import dev.rocky.core.config.GovernanceConfig;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.project.Model;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which transformation pipeline each model belongs to, for its {@code target.governance}: with one
 * transformation pipeline, every model; with several, the first (in file order) whose {@code models}
 * glob matches the model's SQL file. A model of no pipeline gets the default governance (none).
 */
public final class ModelPipelines {
  private final Map<String, String> pipelineOf = new HashMap<>();
  private final Map<String, TransformationPipeline> pipelines = new LinkedHashMap<>();

  private ModelPipelines() {}

  public static ModelPipelines of(RockyConfig config, List<Model> models) {
    ModelPipelines out = new ModelPipelines();
    config.pipelines().forEach((name, p) -> {
      if (p instanceof TransformationPipeline t) {
        out.pipelines.put(name, t);
      }
    });
    for (Model m : models) {
      for (Map.Entry<String, TransformationPipeline> e : out.pipelines.entrySet()) {
        if (out.pipelines.size() == 1 || matches(e.getValue().models(), m.sqlFile())) {
          out.pipelineOf.put(m.name(), e.getKey());
          break;
        }
      }
    }
    return out;
  }

  /** The model's pipeline, or an empty name when it has none. */
  public String pipeline(String model) {
    return pipelineOf.getOrDefault(model, "");
  }

  public GovernanceConfig governance(String model) {
    TransformationPipeline p = pipelines.get(pipeline(model));
    return p == null ? GovernanceConfig.defaults() : p.target().governance();
  }

  private static boolean matches(String glob, String file) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    return matcher.matches(Path.of(file));
  }
}
