package dev.rocky.cli;

import dev.rocky.cli.command.CliContext;
import dev.rocky.cli.wiring.LocalWiring;
import dev.rocky.cli.wiring.Wiring;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One in-process run of the CLI: exit code, stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {

  /** Runs {@code args} in {@code cwd} with piped stdout (so the default format is json). */
  public static CliRun run(Path cwd, String... args) {
    return run(cwd, false, new LocalWiring(), args);
  }

  public static CliRun run(Path cwd, boolean stdoutIsTerminal, Wiring wiring, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), cwd, () -> stdoutIsTerminal, wiring);
    int code = Cli.run(args, context);
    return new CliRun(code, out.toString(), err.toString());
  }
}
