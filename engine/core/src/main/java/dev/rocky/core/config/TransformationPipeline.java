package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code type = "transformation"}: compiles and runs the SQL models matched by {@code models}
 * (a glob relative to the project root, default {@code models/**}). Each model's own
 * {@code [target]} says where it lands; the pipeline names only the adapter and governance.
 */
public record TransformationPipeline(
    @JsonProperty("models") String models,
    @JsonProperty("target") Target target,
    @JsonProperty("checks") ChecksConfig checks,
    @JsonProperty("execution") ExecutionConfig execution,
    @JsonProperty("depends_on") List<String> dependsOn,
    @JsonProperty("schedule") @Nullable PipelineSchedule schedule)
    implements PipelineConfig {

  public static final String DEFAULT_MODELS = "models/**";

  public TransformationPipeline {
    models = Values.or(models, DEFAULT_MODELS);
    target = Values.or(target, new Target(null, null));
    checks = Values.or(checks, ChecksConfig.defaults());
    execution = Values.or(execution, ExecutionConfig.defaults());
    dependsOn = Values.list(dependsOn);
  }

  @Override
  public String type() {
    return "transformation";
  }

  @Override
  public String targetAdapter() {
    return target.adapter();
  }

  /**
   * The directory part of {@link #models}: the path segments before the first one with a glob
   * character, e.g. {@code models} for {@code models/**} and {@code src/models} for
   * {@code src/models/*.sql}.
   */
  public String modelsDir() {
    StringBuilder dir = new StringBuilder();
    for (String segment : models.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
        break;
      }
      if (dir.length() > 0) {
        dir.append('/');
      }
      dir.append(segment);
    }
    return dir.toString();
  }

  /** The adapter that runs the models, and governance applied to model targets. */
  public record Target(
      @JsonProperty("adapter") String adapter,
      @JsonProperty("governance") GovernanceConfig governance) {
    public Target {
      adapter = Values.or(adapter, RockyConfig.DEFAULT_ADAPTER);
      governance = Values.or(governance, GovernanceConfig.defaults());
    }
  }
}
