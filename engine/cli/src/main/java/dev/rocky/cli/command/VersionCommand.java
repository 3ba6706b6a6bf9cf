package dev.rocky.cli.command;

import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.OutputFormat;
import dev.rocky.core.RockyVersion;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code rocky version}: prints {@code rocky 0.1.0}, like {@code rocky --version}. Only an explicit
 * {@code -o json} turns it into the JSON envelope.
 */
@Command(name = "version", description = "Print the version.")
final class VersionCommand extends CommandSupport {

  @Override
  public Integer call() {
    if (root().explicitOutput() == OutputFormat.JSON) {
      return emit(new CommandResult("version", Map.of(), HumanView.lines(("rocky " + RockyVersion.get())), ExitCode.SUCCESS));
    }
    context().out().println(("rocky " + RockyVersion.get()));
    context().out().flush();
    return ExitCode.SUCCESS.code();
  }
}
