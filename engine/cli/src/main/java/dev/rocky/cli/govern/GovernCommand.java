package dev.rocky.cli.govern;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** {@code rocky govern plan|apply}: masks, governance tags and grants as code. */
@Command(name = "govern", description = "Plan or apply masks, governance tags and the grant difference.",
    subcommands = {GovernPlanCommand.class, GovernApplyCommand.class})
public final class GovernCommand extends GovernSupport {

  @Override
  public Integer call() {
    throw new ParameterException(spec().commandLine(), "missing what to do: plan or apply");
  }
}
