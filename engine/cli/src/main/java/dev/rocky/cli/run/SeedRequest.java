package dev.rocky.cli.run;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky seed --sql}: runs {@code data/seed.sql} on the warehouse.
 *
 * @param config the absolute path of {@code rocky.toml}; the project root is its directory
 * @param pipeline the pipeline whose target adapter is seeded, or null for the transformation pipelines'
 */
public record SeedRequest(Path config, @Nullable String pipeline) {
  public SeedRequest {
    Objects.requireNonNull(config, "config");
  }
}
