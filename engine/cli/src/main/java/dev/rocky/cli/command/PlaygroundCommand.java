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
 * budget. The directory must be new or empty.
 */
@Command(name = "playground", description = "Create a sample project on DuckDB, with data; no credentials needed.")
final class PlaygroundCommand extends CommandSupport {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "rocky-playground",
      description = "Directory to create (default: ${DEFAULT-VALUE}).")
  private Path dir = Path.of("rocky-playground");

  @Override
  public Integer call() throws IOException {
    String shownAs = dir.toString();
    ScaffoldResult result =
        Scaffolder.write(Template.PLAYGROUND, context().resolve(dir), shownAs, Scaffolder.Policy.EMPTY_DIRECTORY);
    ScaffoldOutput output = ScaffoldOutput.of(result);
    return emit(CommandResult.success("playground", output,
        output.human("Created the Rocky playground in " + shownAs + " (DuckDB, no credentials needed).", shownAs)));
  }
}
