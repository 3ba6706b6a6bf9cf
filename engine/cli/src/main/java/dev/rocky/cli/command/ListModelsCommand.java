package dev.rocky.cli.command;

import dev.rocky.cli.wiring.ListModelsRequest;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rocky list models}: every model with its target, strategy, contract and dependencies. */
@Command(name = "models", description = "List the models with their target, strategy and dependencies.")
final class ListModelsCommand extends CommandSupport {

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Override
  public Integer call() {
    return emit(context().wiring().listModels(new ListModelsRequest(root().configPath(), context().resolve(models))));
  }
}
