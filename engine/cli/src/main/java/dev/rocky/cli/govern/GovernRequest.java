package dev.rocky.cli.govern;

import dev.rocky.core.project.Dialect;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky govern plan|apply}.
 *
 * @param env the environment whose {@code [mask.<env>]} applies, or null for the defaults
 * @param pipeline only this transformation pipeline's models, or null for all
 * @param dialect render for this dialect instead of the target adapter's (plan only)
 * @param currentGrants a snapshot of the current grants (JSON) to plan against instead of the warehouse
 */
public record GovernRequest(Path config, Path models, @Nullable String env, @Nullable String pipeline,
    @Nullable Dialect dialect, @Nullable Path currentGrants) {

  public GovernRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
  }
}
