package dev.rocky.cli.quality;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rocky ci}: compile, then the local tests, with no credentials. Exits 0 when everything
 * passed, 4 when it passed with compiler warnings, 1 on a compile error or a failed test.
 */
@Command(name = "ci", description = "Compile and test without credentials: exit 0, 1 on failure, 4 on warnings.",
    sortOptions = false)
public final class CiCommand extends QualityCommand {

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Override
  public Integer call() {
    return emit(context().wiring().quality().ci(new TestRequest(root().configPath(),
        context().resolve(models), null, false, null, Map.of())));
  }
}
