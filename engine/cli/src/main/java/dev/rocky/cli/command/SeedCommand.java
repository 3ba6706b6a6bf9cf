package dev.rocky.cli.command;

import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.run.SeedRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rocky seed --sql}: load the project's raw data by running {@code data/seed.sql} on the
 * warehouse. (Rocky's CSV seeds, {@code seeds/*.csv}, are not loaded yet.)
 */
@Command(name = "seed", description = "Load raw data into the warehouse: --sql runs data/seed.sql.", sortOptions = false)
final class SeedCommand extends CommandSupport {

  @Option(names = "--sql", description = "Run data/seed.sql on the warehouse, in one transaction.")
  private boolean sql;

  @Option(names = "--pipeline", paramLabel = "NAME",
      description = "Seed the warehouse of this pipeline (default: that of the transformation pipelines).")
  private @Nullable String pipeline;

  @Override
  public Integer call() {
    if (!sql) {
      throw new CliException(CliErrorCode.USAGE, "CSV seeds (seeds/*.csv) are not loaded yet",
          "run data/seed.sql with: rocky seed --sql");
    }
    return emit(context().wiring().runs().seed(new SeedRequest(root().configPath(), pipeline), context().err()));
  }
}
