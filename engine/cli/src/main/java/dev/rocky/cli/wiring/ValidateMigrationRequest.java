package dev.rocky.cli.wiring;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code rocky validate-migration}: compile an imported project and compare it with its dbt project.
 *
 * @param dbtProject the absolute path of the dbt project
 * @param project the absolute path of the imported Rocky project (the directory of its {@code rocky.toml})
 */
public record ValidateMigrationRequest(Path dbtProject, Path project) {
  public ValidateMigrationRequest {
    Objects.requireNonNull(dbtProject, "dbtProject");
    Objects.requireNonNull(project, "project");
  }
}
