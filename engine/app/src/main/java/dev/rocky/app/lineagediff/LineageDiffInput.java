package dev.rocky.app.lineagediff;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to compare: the project at {@code root} (the working tree, inside a git repository) against
 * {@code baseRef}. Directories are project-relative and '/'-separated.
 *
 * @param configFile the configuration, e.g. {@code rocky.toml}
 * @param modelsDir the models directory, e.g. {@code models}
 * @param contractsDir an extra contracts directory, or null
 */
public record LineageDiffInput(Path root, String configFile, String modelsDir, @Nullable String contractsDir, String baseRef) {
  public LineageDiffInput {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(configFile, "configFile");
    Objects.requireNonNull(modelsDir, "modelsDir");
    Objects.requireNonNull(baseRef, "baseRef");
  }
}
