package dev.rocky.cli.wiring;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code rocky list deps <model>}: the models one model depends on.
 *
 * @param config the absolute path of {@code rocky.toml}
 * @param models the models directory
 * @param model the model whose dependencies are listed
 */
public record ListDepsRequest(Path config, Path models, String model) {
  public ListDepsRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(model, "model");
  }
}
