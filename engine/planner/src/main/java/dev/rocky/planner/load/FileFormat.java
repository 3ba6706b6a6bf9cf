package dev.rocky.planner.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats files are loaded from, with the names {@code --format} accepts and the extensions that imply them. */
public enum FileFormat {
  CSV("csv", List.of("csv"), List.of(".csv")),
  PARQUET("parquet", List.of("parquet"), List.of(".parquet", ".pq")),
  JSON_LINES("jsonl", List.of("jsonl", "json_lines", "ndjson"), List.of(".jsonl", ".ndjson"));

  private final String id;
  private final List<String> names;
  private final List<String> extensions;

  FileFormat(String id, List<String> names, List<String> extensions) {
    this.id = id;
    this.names = names;
    this.extensions = extensions;
  }

  /** How the format is written in output, e.g. {@code jsonl}. */
  public String id() {
    return id;
  }

  /** {@code csv}, {@code parquet}, {@code jsonl} (or {@code json_lines}, {@code ndjson}), any case. */
  public static Optional<FileFormat> named(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (FileFormat f : values()) {
      if (f.names.contains(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format a file name's extension implies, if any. */
  public static Optional<FileFormat> ofFile(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    for (FileFormat f : values()) {
      if (f.extensions.stream().anyMatch(n::endsWith)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The extensions that imply this format, e.g. {@code .csv}. */
  public List<String> extensions() {
    return extensions;
  }
}
