package dev.rocky.cli.quality;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky test} and {@code rocky ci}.
 *
 * @param config the absolute path of {@code rocky.toml}
 * @param models the models directory
 * @param model {@code --model}: only this model's results, or null
 * @param declarative run the {@code [[tests]]} on the warehouse instead of the local tests
 * @param pipeline {@code --pipeline}: the transformation pipeline whose warehouse the declarative tests use
 */
public record TestRequest(Path config, Path models, @Nullable String model, boolean declarative,
    @Nullable String pipeline, Map<String, String> vars) {

  public TestRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars));
  }
}
