package dev.rocky.cli.wiring;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky lineage-diff [base_ref]}.
 *
 * @param config the absolute path of {@code rocky.toml}
 * @param models the models directory
 * @param contracts an explicit contracts directory, or null
 * @param baseRef the git ref to compare the working tree with
 * @param failOnBreaking exit 1 when a removed or narrowed column has downstream consumers
 */
public record LineageDiffRequest(Path config, Path models, @Nullable Path contracts, String baseRef, boolean failOnBreaking) {
  public LineageDiffRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(baseRef, "baseRef");
  }
}
