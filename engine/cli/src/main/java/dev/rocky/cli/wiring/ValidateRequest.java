package dev.rocky.cli.wiring;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code rocky validate}: the offline configuration check (V and L codes).
 *
 * @param config the absolute path of {@code rocky.toml}; the project root is its directory
 */
public record ValidateRequest(Path config) {
  public ValidateRequest {
    Objects.requireNonNull(config, "config");
  }
}
