package dev.rocky.cli;

import dev.rocky.cli.command.CliContext;
import dev.rocky.cli.command.Commands;
import dev.rocky.cli.command.RockyCommand;
import dev.rocky.cli.error.ErrorReport;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.core.RockyVersion;
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
import java.util.function.BooleanSupplier;
import picocli.CommandLine;

/**
 * Runs {@code rocky} command lines: builds the picocli command line with the local wiring and the
 * error handlers. Output is UTF-8 whatever the locale, as Rocky's is. With {@link RockyCli}, the
 * only place that exits the process; everything else returns exit codes.
 */
public final class Cli {
  private Cli() {}

  /** The process entry point after {@link RockyCli}'s shortcuts: run, flush, exit. */
  static void main(String[] args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    CliContext context = new CliContext(out, err, Path.of("").toAbsolutePath(), new StdoutTerminal(), new LocalWiring(Terminal.stdoutIsInteractive()));
    int code = run(args, context);
    out.flush();
    err.flush();
    if (code != ExitCode.SUCCESS.code() || otherThreadsKeepTheJvmAlive()) {
      System.exit(code);
    }
    // Returning ends the JVM with status 0 and runs the shutdown hooks, like System.exit(0), but
    // without Runtime.exit's logger lookup, which starts java.util.logging (tens of milliseconds).
  }

  /** Asks {@link Terminal} when a default format is needed (a class, not a lambda: cheaper at start-up). */
  private static final class StdoutTerminal implements BooleanSupplier {
    @Override
    public boolean getAsBoolean() {
      return Terminal.stdoutIsInteractive();
    }
  }

  private static boolean otherThreadsKeepTheJvmAlive() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    while (group.getParent() != null) {
      group = group.getParent();
    }
    Thread[] threads = new Thread[group.activeCount() + 16];
    int count = group.enumerate(threads, true);
    for (int i = 0; i < count; i++) {
      Thread t = threads[i];
      if (t != Thread.currentThread() && t.isAlive() && !t.isDaemon()) {
        return true;
      }
    }
    return count == threads.length; // more threads than we could see: do not guess
  }

  /** Runs one command line and returns the exit code: 0 success, 1 failure, 2 partial success. */
  public static int run(String[] args, CliContext context) {
    try {
      if (RockyCli.isPlainVersion(args)) {
        context.out().println(("rocky " + RockyVersion.get()));
        return ExitCode.SUCCESS.code();
      }
      return commandLine(context, args).execute(args);
    } catch (RuntimeException | Error e) {
      // Failures outside a command (building the command line, a handler itself): still one line.
      ErrorReport.of(e).print(context.err(), Arrays.asList(args).contains("--debug"));
      return ExitCode.FAILURE.code();
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /**
   * The configured command line for {@code args}: the commands it needs (all of them when {@code
   * args} is empty), the streams and the two error handlers.
   */
  public static CommandLine commandLine(CliContext context, String... args) {
    CommandLine cli = Commands.commandLine(new RockyCommand(context), args);
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
