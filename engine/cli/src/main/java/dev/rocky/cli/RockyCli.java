package dev.rocky.cli;

import dev.rocky.cli.command.CliContext;
import dev.rocky.cli.command.RockyCommand;
import dev.rocky.cli.error.ErrorReport;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.output.Terminal;
import dev.rocky.cli.wiring.LocalWiring;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The {@code rocky} executable. Output is UTF-8 whatever the locale, as Rocky's is. This class is
 * the only place that exits the process; everything else returns exit codes.
 */
public final class RockyCli {
  private RockyCli() {}

  public static void main(String[] args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    CliContext context = new CliContext(out, err, Path.of("").toAbsolutePath(), Terminal::stdoutIsInteractive, new LocalWiring());
    int code = run(args, context);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line and returns the exit code: 0 success, 1 failure, 2 partial success. */
  public static int run(String[] args, CliContext context) {
    try {
      return commandLine(context).execute(args);
    } catch (RuntimeException | Error e) {
      // Failures outside a command (building the command line, a handler itself): still one line.
      ErrorReport.of(e).print(context.err(), Arrays.asList(args).contains("--debug"));
      return ExitCode.FAILURE.code();
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /** The configured command line: commands, streams and the two error handlers. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine cli = new CommandLine(new RockyCommand(context));
    cli.setOut(context.out());
    cli.setErr(context.err());
    cli.setExecutionExceptionHandler(new ExecutionErrorHandler());
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    return cli;
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8)), false);
  }
}
