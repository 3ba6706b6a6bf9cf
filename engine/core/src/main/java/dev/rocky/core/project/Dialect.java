package dev.rocky.core.project;

import java.util.Locale;
import java.util.Optional;

/** The SQL dialects Rocky reads and writes; chosen from the target adapter's {@code type}. */
public enum Dialect {
  DUCKDB,
  DATABRICKS,
  SNOWFLAKE;

  /** The dialect of an adapter type ({@code duckdb}, {@code databricks}, {@code snowflake}). */
  public static Optional<Dialect> ofAdapterType(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "duckdb" -> Optional.of(DUCKDB);
      case "databricks" -> Optional.of(DATABRICKS);
      case "snowflake" -> Optional.of(SNOWFLAKE);
      default -> Optional.empty();
    };
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
