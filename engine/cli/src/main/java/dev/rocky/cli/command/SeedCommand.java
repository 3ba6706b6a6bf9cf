package dev.rocky.cli.command;

import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.run.SeedRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rocky seed [--filter NAME]}: load the project's CSV seeds ({@code seeds/*.csv}, with their
 * sidecars) into the warehouse, each replacing its table; {@code rocky seed --sql} runs
 * {@code data/seed.sql} instead.
 */
@Command(name = "seed", description = "Load seeds/*.csv into the warehouse (--sql: run data/seed.sql instead).",
    sortOptions = false)
final class SeedCommand extends CommandSupport {

  @Option(names = "--sql", description = "Run data/seed.sql on the warehouse, in one transaction.")
  private boolean sql;

  @Option(names = "--pipeline", paramLabel = "NAME",
      description = "Seed the warehouse of this pipeline (default: that of the transformation pipelines).")
  private @Nullable String pipeline;

  @Option(names = "--filter", paramLabel = "NAME", description = "Only the seed of this name (its file name without .csv).")
  private @Nullable String filter;

  @Override
  public Integer call() {
    if (sql && filter != null) {
      throw new CliException(CliErrorCode.USAGE, "--filter picks a CSV seed; --sql runs data/seed.sql as a whole",
          "drop one of them");
    }
    return emit(context().wiring().runs().seed(new SeedRequest(root().configPath(), pipeline, sql, filter),
        context().err()));
  }
}
