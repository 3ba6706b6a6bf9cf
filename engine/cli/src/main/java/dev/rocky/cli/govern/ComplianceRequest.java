package dev.rocky.cli.govern;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky compliance}.
 *
 * @param env only this environment ({@code default} for the defaults), or null for every one
 * @param exceptionsOnly list only the columns with an exception
 * @param failOnException exit 1 when there is an exception
 * @param onlyModels only these models, or empty for all
 */
public record ComplianceRequest(Path config, Path models, @Nullable String env, boolean exceptionsOnly,
    boolean failOnException, List<String> onlyModels) {

  public ComplianceRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    onlyModels = List.copyOf(onlyModels);
  }
}
