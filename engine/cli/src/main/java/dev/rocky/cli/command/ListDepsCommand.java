package dev.rocky.cli.command;

import dev.rocky.cli.wiring.ListDepsRequest;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rocky list deps <model>}: the models one model depends on. */
@Command(name = "deps", description = "List the models a model depends on.")
final class ListDepsCommand extends CommandSupport {

  @Parameters(index = "0", paramLabel = "MODEL", description = "The model.")
  private String model = "";

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Override
  public Integer call() {
    return emit(context().wiring().listDeps(
        new ListDepsRequest(root().configPath(), context().resolve(models), model)));
  }
}
