package dev.rocky.cli.wiring;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code rocky list models}: every model with its target, strategy, contract and dependencies.
 *
 * @param config the absolute path of {@code rocky.toml}
 * @param models the models directory
 */
public record ListModelsRequest(Path config, Path models) {
  public ListModelsRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
  }
}
