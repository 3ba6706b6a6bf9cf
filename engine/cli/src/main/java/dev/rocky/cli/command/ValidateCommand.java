package dev.rocky.cli.command;

import dev.rocky.cli.wiring.ValidateRequest;
import picocli.CommandLine.Command;

/** {@code rocky validate}: the offline check of rocky.toml and the models (V and L codes). */
@Command(name = "validate", description = "Check the configuration and the models without connecting anywhere.")
final class ValidateCommand extends CommandSupport {

  @Override
  public Integer call() {
    return emit(context().wiring().validate(new ValidateRequest(root().configPath())));
  }
}
