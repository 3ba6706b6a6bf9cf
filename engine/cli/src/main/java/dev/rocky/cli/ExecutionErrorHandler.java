package dev.rocky.cli;

import dev.rocky.cli.command.RockyCommand;
import dev.rocky.cli.error.ErrorReport;
import dev.rocky.cli.output.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into {@code error[code]: message} and a hint on stderr,
 * and exit code 1. The stack trace is printed only with {@code --debug}.
 */
final class ExecutionErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    Object root = commandLine.getCommandSpec().root().userObject();
    boolean debug = root instanceof RockyCommand r && r.debug();
    ErrorReport.of(ex).print(commandLine.getErr(), debug);
    return ExitCode.FAILURE.code();
  }
}
