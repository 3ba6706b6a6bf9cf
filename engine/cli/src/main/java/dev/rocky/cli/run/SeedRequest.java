package dev.rocky.cli.run;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky seed}: loads {@code seeds/*.csv}, or with {@code --sql} runs {@code data/seed.sql}, on the warehouse.
 *
 * @param config the absolute path of {@code rocky.toml}; the project root is its directory
 * @param pipeline the pipeline whose target adapter is seeded, or null for the transformation pipelines'
 * @param sql run {@code data/seed.sql} instead of the CSV seeds
 * @param filter only the CSV seed of this name, or null for all
 */
public record SeedRequest(Path config, @Nullable String pipeline, boolean sql, @Nullable String filter) {
  public SeedRequest {
    Objects.requireNonNull(config, "config");
  }

  /** {@code rocky seed --sql}. */
  public SeedRequest(Path config, @Nullable String pipeline) {
    this(config, pipeline, true, null);
  }
}
