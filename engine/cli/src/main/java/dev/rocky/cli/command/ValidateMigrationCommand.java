package dev.rocky.cli.command;

import dev.rocky.cli.wiring.ValidateMigrationRequest;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rocky validate-migration --dbt-project P [--project O]}: compiles the imported project and
 * compares its DAG, and the columns dbt declares, with the dbt project's. Exits 1 on compile errors
 * or differences other than the models the import reported as not translated.
 */
@Command(name = "validate-migration", description = "Compare an imported Rocky project with its dbt project.",
    sortOptions = false)
final class ValidateMigrationCommand extends CommandSupport {

  @Option(names = "--dbt-project", paramLabel = "DIR", required = true,
      description = "The dbt project the Rocky project was imported from.")
  private Path dbtProject = Path.of(".");

  @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
      description = "The imported Rocky project (default: the current directory).")
  private Path project = Path.of(".");

  @Override
  public Integer call() {
    return emit(context().wiring().validateMigration(
        new ValidateMigrationRequest(context().resolve(dbtProject), context().resolve(project))));
  }
}
