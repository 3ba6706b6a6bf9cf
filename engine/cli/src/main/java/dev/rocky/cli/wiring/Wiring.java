package dev.rocky.cli.wiring;

import dev.rocky.cli.output.CommandResult;

/**
 * What the project commands need from the engine. Each method loads the project named by the
 * request, runs the use case and returns a result: the payload for JSON, the human view and the
 * exit code (0 success, 1 failure such as compile errors, 2 partial success). Failures that leave
 * no result to print are thrown as {@link dev.rocky.core.error.RockyException}.
 */
public interface Wiring {

  CommandResult validate(ValidateRequest request);

  CommandResult compile(CompileRequest request);

  /** {@code run}, {@code seed}, {@code history} and {@code state}: the commands that touch the warehouse and state. */
  default dev.rocky.cli.run.RunWiring runs() {
    throw new UnsupportedOperationException("this wiring does not run models");
  }

  CommandResult listModels(ListModelsRequest request);

  CommandResult listDeps(ListDepsRequest request);

  /** {@code rocky lineage} and {@code rocky lineage-diff}; a wiring without them fails loudly. */
  default LineageWiring lineage() {
    throw new UnsupportedOperationException("the lineage commands are not wired in " + getClass().getSimpleName());
  }

  /** {@code rocky catalog}: writes the catalog site; a wiring without it fails loudly. */
  default CommandResult catalog(CatalogRequest request) {
    throw new UnsupportedOperationException("rocky catalog is not wired in " + getClass().getSimpleName());
  }

  /** {@code rocky import-dbt}; a wiring without dbt migration says so. */
  default CommandResult importDbt(ImportDbtRequest request) {
    throw MigrationWiring.unsupported("import-dbt");
  }

  /** {@code rocky validate-migration}; a wiring without dbt migration says so. */
  default CommandResult validateMigration(ValidateMigrationRequest request) {
    throw MigrationWiring.unsupported("validate-migration");
  }
}
