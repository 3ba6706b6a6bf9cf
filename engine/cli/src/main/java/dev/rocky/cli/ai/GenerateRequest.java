package dev.rocky.cli.ai;

import dev.rocky.app.ai.ModelFormat;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky ai "<intent>"}.
 *
 * @param config the absolute path of {@code rocky.toml}
 * @param models the models directory
 * @param name {@code --name}, or null to let the model choose
 */
public record GenerateRequest(Path config, Path models, String intent, @Nullable String name, ModelFormat format,
    int maxAttempts, Map<String, String> vars) {

  public GenerateRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(format, "format");
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars));
  }
}
