package dev.rocky.cli.wiring;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky import-dbt}: convert a dbt Core project into a Rocky project.
 *
 * @param dbtProject the absolute path of the dbt project (the directory of {@code dbt_project.yml})
 * @param outputDir the absolute path of the Rocky project to write
 * @param manifest true: read {@code target/manifest.json} (required); false: ignore it; null: use it when present
 * @param force overwrite a Rocky project already in {@code outputDir}
 */
public record ImportDbtRequest(Path dbtProject, Path outputDir, @Nullable Boolean manifest, boolean force) {
  public ImportDbtRequest {
    Objects.requireNonNull(dbtProject, "dbtProject");
    Objects.requireNonNull(outputDir, "outputDir");
  }
}
