package dev.rocky.core.config;

import java.util.Map;

/** The whole of {@code rocky.toml}, with shorthands resolved (an unnamed [adapter] is "default"). */
public record RockyConfig(Map<String, AdapterConfig> adapters, Map<String, PipelineConfig> pipelines) {
  public RockyConfig {
    adapters = Map.copyOf(adapters);
    pipelines = Map.copyOf(pipelines);
  }

  public static RockyConfig empty() {
    return new RockyConfig(Map.of(), Map.of());
  }
}
