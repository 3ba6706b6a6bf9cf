package dev.rocky.cli.command;

import dev.rocky.cli.wiring.Wiring;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Everything a command may touch outside its options: stdout, stderr, the working directory that
 * relative paths resolve against, whether stdout is a terminal (asked only when a default format is
 * needed), and the wiring to the engine. Tests build one around string buffers.
 */
public record CliContext(PrintWriter out, PrintWriter err, Path cwd, BooleanSupplier stdoutIsTerminal, Wiring wiring) {

  public CliContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(cwd, "cwd");
    Objects.requireNonNull(stdoutIsTerminal, "stdoutIsTerminal");
    Objects.requireNonNull(wiring, "wiring");
    cwd = cwd.toAbsolutePath().normalize();
  }

  /** An absolute, normalized path: {@code path} as given, resolved against the working directory. */
  public Path resolve(Path path) {
    return cwd.resolve(path).toAbsolutePath().normalize();
  }
}
