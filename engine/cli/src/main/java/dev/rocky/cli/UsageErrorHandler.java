package dev.rocky.cli;

import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.output.ExitCode;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A bad command line: prints {@code error[usage]: ...}, the command's one-line synopsis, a hint
 * (with "did you mean" suggestions for a mistyped command or option) on stderr, and exits 1, not
 * picocli's 2, which Rocky reserves for partial success.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    boolean hasCommands = !cmd.getSubcommands().isEmpty();
    err.println("error[" + CliErrorCode.USAGE.token() + "]: " + message(ex, hasCommands));
    err.println("  = usage: " + oneLine(cmd.getHelp().synopsis(0)));
    err.println("  = help: " + suggestion(ex) + "run '" + name + " --help' for "
        + (hasCommands ? "the commands and options" : "every option"));
    err.flush();
    return ExitCode.FAILURE.code();
  }

  /** Picocli's message, except that a stray word where a command is expected is called that. */
  private static String message(ParameterException ex, boolean hasCommands) {
    if (hasCommands && ex instanceof UnmatchedArgumentException unmatched) {
      List<String> words = unmatched.getUnmatched();
      if (!words.isEmpty() && !words.get(0).startsWith("-")) {
        return "unknown command '" + words.get(0) + "'";
      }
    }
    return oneLine(String.valueOf(ex.getMessage()));
  }

  private static String suggestion(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        return "did you mean '" + String.join("' or '", suggestions.subList(0, Math.min(3, suggestions.size()))) + "'? ";
      }
    }
    return "";
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
