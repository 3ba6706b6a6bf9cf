package dev.rocky.cli.ai;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code rocky ai-test <model>}.
 *
 * @param config the absolute path of {@code rocky.toml}
 * @param models the models directory
 */
public record ProposeTestsRequest(Path config, Path models, String model, Map<String, String> vars) {

  public ProposeTestsRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(model, "model");
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars));
  }
}
