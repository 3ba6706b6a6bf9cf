package dev.rocky.core.project;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A model's resolved configuration: its sidecar merged over {@code _defaults.toml} (sidecar
 * wins). Every key of Rocky's sidecar format has a home here; keys not yet acted on are kept as
 * plain values so that strict key checking still applies to them.
 */
public record ModelConfig(
    List<String> dependsOn,
    @Nullable String adapter,
    @Nullable String intent,
    Strategy strategy,
    TargetRef target,
    @Nullable Freshness freshness,
    Map<String, String> classification,
    Map<String, String> tags,
    Map<String, String> columnDescriptions,
    List<Map<String, Object>> tests,
    List<Map<String, Object>> unitTests,
    Map<String, Object> budget) {

  public ModelConfig {
    dependsOn = List.copyOf(dependsOn);
    classification = Map.copyOf(classification);
    tags = Map.copyOf(tags);
    columnDescriptions = Map.copyOf(columnDescriptions);
    tests = List.copyOf(tests);
    unitTests = List.copyOf(unitTests);
    budget = Map.copyOf(budget);
  }

  /** The configuration of a model with no sidecar and no defaults. */
  public static ModelConfig defaults(String name) {
    return new ModelConfig(List.of(), null, null, new Strategy.FullRefresh(), new TargetRef(null, null, name),
        null, Map.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of());
  }
}
