package dev.rocky.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** {@code rocky list models|deps}: what the project contains. */
@Command(name = "list", description = "List the project's models or a model's dependencies.",
    subcommands = {ListModelsCommand.class, ListDepsCommand.class})
final class ListCommand extends CommandSupport {

  /** {@code rocky list} without what to list is a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec().commandLine(), "missing what to list: models or deps");
  }
}
