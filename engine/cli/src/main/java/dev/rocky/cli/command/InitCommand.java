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
 * {@code rocky init [dir]}: a new project with a DuckDB adapter, a transformation pipeline and one
 * example model with its sidecar. Refuses a directory that already has a {@code rocky.toml}.
 */
@Command(name = "init", description = "Create a new Rocky project (DuckDB, one example model).")
final class InitCommand extends CommandSupport {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
      description = "Directory of the new project (default: the current directory).")
  private Path dir = Path.of(".");

  @Override
  public Integer call() throws IOException {
    String shownAs = dir.toString();
    ScaffoldResult result = Scaffolder.write(Template.INIT, context().resolve(dir), shownAs, Scaffolder.Policy.NO_PROJECT);
    ScaffoldOutput output = ScaffoldOutput.of(result);
    return emit(CommandResult.success("init", output,
        output.human("Created a Rocky project in " + shownAs + " (DuckDB adapter, pipeline 'main').", shownAs)));
  }
}
