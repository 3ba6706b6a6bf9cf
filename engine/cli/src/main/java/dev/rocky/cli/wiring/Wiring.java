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

  /** {@code branch}, {@code plan}, {@code apply}, {@code replay} and {@code history --audit}. */
  default dev.rocky.cli.branch.BranchWiring branches() {
    throw new UnsupportedOperationException("branches, plans and replay are not wired in " + getClass().getSimpleName());
  }

  /** Replication pipelines ({@code rocky run} on one, {@code rocky discover}); none by default. */
  default dev.rocky.cli.replication.ReplicationWiring replication() {
    return dev.rocky.cli.replication.ReplicationWiring.NONE;
  }

  /** {@code rocky serve}: the runs API over HTTP; a wiring without it fails loudly. */
  default dev.rocky.cli.serve.ServeWiring serve() {
    throw new UnsupportedOperationException("rocky serve is not wired in " + getClass().getSimpleName());
  }

  CommandResult listModels(ListModelsRequest request);

  CommandResult listDeps(ListDepsRequest request);

  /** {@code rocky test} and {@code rocky ci}; a wiring without them fails loudly. */
  default dev.rocky.cli.quality.QualityWiring quality() {
    throw new UnsupportedOperationException("the quality commands are not wired in " + getClass().getSimpleName());
  }

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

  /** {@code rocky cost} and {@code rocky preview cost}; a wiring without them fails loudly. */
  default dev.rocky.cli.cost.CostWiring cost() {
    throw new UnsupportedOperationException("the cost commands are not wired in " + getClass().getSimpleName());
  }

  /** {@code rocky compliance} and {@code rocky govern}; a wiring without them fails loudly. */
  default dev.rocky.cli.govern.GovernWiring govern() {
    throw new UnsupportedOperationException("the governance commands are not wired in " + getClass().getSimpleName());
  }

  /** {@code rocky ai} and {@code rocky ai-test}; a wiring without them fails loudly. */
  default dev.rocky.cli.ai.AiWiring ai() {
    throw new UnsupportedOperationException("the AI commands are not wired in " + getClass().getSimpleName());
  }
}
