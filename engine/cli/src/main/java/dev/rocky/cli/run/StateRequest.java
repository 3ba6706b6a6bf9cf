package dev.rocky.cli.run;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code rocky state}: the watermarks and partitions of the project's models.
 *
 * @param config the absolute path of {@code rocky.toml}; the project root is its directory
 * @param models the models directory
 */
public record StateRequest(Path config, Path models) {
  public StateRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
  }
}
