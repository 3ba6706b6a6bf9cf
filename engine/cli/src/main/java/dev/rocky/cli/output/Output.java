package dev.rocky.cli.output;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * Prints a {@link CommandResult} in the chosen format and returns its exit code. JSON mode prints
 * exactly one object on stdout; table mode prints the human view.
 */
public final class Output {
  private final PrintWriter out;
  private final OutputFormat format;

  public Output(PrintWriter out, OutputFormat format) {
    this.out = Objects.requireNonNull(out, "out");
    this.format = Objects.requireNonNull(format, "format");
  }

  public OutputFormat format() {
    return format;
  }

  /** Prints the result and returns the process exit code it calls for. */
  public int emit(CommandResult result) {
    switch (format) {
      case JSON -> {
        Json.writeEnvelope(out, result.command(), result.payload());
        out.println();
      }
      case TABLE -> result.human().render(out);
    }
    out.flush();
    return result.exitCode().code();
  }
}
