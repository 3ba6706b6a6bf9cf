package dev.rocky.cli.cost;

import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.PipelineConfig;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.TransformationPipeline;

/** Which warehouse prices a project's runs: the adapter its transformation pipelines write to. */
final class CostTargets {
  private CostTargets() {}

  /** The type of the first transformation pipeline's target adapter, else of the only adapter, else {@code unknown}. */
  static String adapterType(RockyConfig config) {
    for (PipelineConfig p : config.pipelines().values()) {
      if (p instanceof TransformationPipeline t) {
        AdapterConfig a = config.adapters().get(t.targetAdapter());
        if (a != null) {
          return a.type();
        }
      }
    }
    return config.adapters().size() == 1 ? config.adapters().values().iterator().next().type() : "unknown";
  }
}
