package dev.rocky.cli.output;

import java.util.Locale;
import picocli.CommandLine;

/** The {@code -o/--output} formats. Without the flag, {@link #defaultFor} picks one as Rocky does. */
public enum OutputFormat {
  /** One JSON object per command, for machines (Dagster, CI, scripts). */
  JSON,
  /** Human-readable text: aligned tables, rustc-style diagnostics. */
  TABLE;

  /** The spelling on the command line. */
  public String flagValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code table} when stdout is an interactive terminal, {@code json} when it is piped. */
  public static OutputFormat defaultFor(boolean stdoutIsTerminal) {
    return stdoutIsTerminal ? TABLE : JSON;
  }

  /** Parses {@code json} or {@code table}, in any case. */
  public static OutputFormat parse(String value) {
    for (OutputFormat f : values()) {
      if (f.flagValue().equalsIgnoreCase(value.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown output format '" + value + "' (expected json or table)");
  }

  /** The picocli converter, so that errors name the valid spellings. */
  public static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("expected json or table, got '" + value + "'");
      }
    }
  }
}
