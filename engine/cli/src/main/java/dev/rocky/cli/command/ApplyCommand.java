package dev.rocky.cli.command;

import dev.rocky.cli.branch.Requests;
import dev.rocky.cli.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rocky apply PLAN_ID}: run exactly a stored plan; refused when the plan file was altered or
 * the project's files changed since it was made. Exit codes as {@code rocky run}.
 */
@Command(name = "apply", description = "Run a plan stored by rocky plan, if the project has not changed since.")
final class ApplyCommand extends CommandSupport {

  @Parameters(paramLabel = "PLAN_ID", description = "The plan's id, or its first 8 or more characters.")
  private String planId = "";

  @Override
  public Integer call() {
    boolean watched = root().outputFormat() == OutputFormat.TABLE;
    return emit(context().wiring().branches().apply(new Requests.Apply(root().configPath(), planId, watched),
        context().err()));
  }
}
