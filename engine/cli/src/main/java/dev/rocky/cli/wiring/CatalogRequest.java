package dev.rocky.cli.wiring;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky catalog}: the project's configuration and models directory, where to write the site
 * (null: {@code .rocky/catalog} under the project), how many recent runs to show, and a lineage-diff
 * JSON file for the pull-request page (null: none).
 */
public record CatalogRequest(Path config, Path models, @Nullable Path out, int runs, @Nullable Path lineageDiff) {

  public CatalogRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    if (runs < 0) {
      throw new IllegalArgumentException("runs must be >= 0");
    }
  }
}
