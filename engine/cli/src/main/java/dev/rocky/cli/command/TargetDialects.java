package dev.rocky.cli.command;

import dev.rocky.core.project.Dialect;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code --target-dialect}: {@code duckdb}, {@code databricks} or {@code snowflake} (also {@code dbx}, {@code sf}). */
final class TargetDialects implements CommandLine.ITypeConverter<Dialect> {
  @Override
  public Dialect convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "dbx" -> Dialect.DATABRICKS;
      case "sf" -> Dialect.SNOWFLAKE;
      default -> Dialect.ofAdapterType(v).orElseThrow(() -> new CommandLine.TypeConversionException(
          "expected duckdb, databricks or snowflake, got '" + value + "'"));
    };
  }
}
