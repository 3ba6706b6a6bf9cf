package dev.rocky.cli.command;

import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.scaffold.ScaffoldResult;
import dev.rocky.cli.scaffold.Scaffolder;
import dev.rocky.cli.scaffold.Template;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rocky playground [dir]}: a credential-free sample project on DuckDB, with seed data, source
 * schemas, staging, incremental and merge models, a contracted mart, classification, masking and a
 * budget. The directory must be new or empty, or hold this playground unchanged (then nothing is written).
 */
@Command(name = "playground", description = "Create a sample project on DuckDB, with data; no credentials needed.")
final class PlaygroundCommand extends CommandSupport {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "rocky-playground",
      description = "Directory to create (default: ${DEFAULT-VALUE}).")
  private Path dir = Path.of("rocky-playground");

  private static final String[] NEXT = {
      "  rocky seed --sql    load data/seed.sql into warehouse.duckdb",
      "  rocky run           build the models; run it again to see incremental and merge at work"};

  @Override
  public Integer call() throws IOException {
    String shownAs = dir.toString();
    if (Scaffolder.holds(Template.PLAYGROUND, context().resolve(dir))) {
      // Again on an untouched playground (the README's command, run twice): nothing to write.
      ScaffoldOutput same = new ScaffoldOutput(context().resolve(dir).toString(), java.util.List.of());
      return emit(CommandResult.success("playground", same,
          same.human("The Rocky playground is already in " + shownAs + "; nothing was written.", shownAs, NEXT)));
    }
    ScaffoldResult result =
        Scaffolder.write(Template.PLAYGROUND, context().resolve(dir), shownAs, Scaffolder.Policy.EMPTY_DIRECTORY);
    ScaffoldOutput output = ScaffoldOutput.of(result);
    return emit(CommandResult.success("playground", output,
        output.human("Created the Rocky playground in " + shownAs + " (DuckDB, no credentials needed).", shownAs, NEXT)));
  }
}
