package dev.rocky.cli.command;

import dev.rocky.cli.run.StateRequest;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rocky state}: the watermarks and time_interval partitions the state store keeps. */
@Command(name = "state", description = "Show the watermarks and partitions kept in .rocky/state.sqlite.",
    sortOptions = false)
final class StateCommand extends CommandSupport {

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Override
  public Integer call() {
    return emit(context().wiring().runs().state(new StateRequest(root().configPath(), context().resolve(models))));
  }
}
