package dev.rocky.cli.load;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky load <dir|file> [--format F] [--target schema(.table)] [--create] [--truncate]}.
 *
 * @param config the absolute path of {@code rocky.toml}; the project root is its directory
 * @param source the absolute file or directory to load
 * @param format {@code csv}, {@code parquet} or {@code jsonl}; null to go by each file's extension
 * @param target {@code schema} or {@code schema.table}; null for {@code main} and each file's name
 * @param pipeline the pipeline whose warehouse is loaded, or null for the project's
 */
public record LoadRequest(Path config, Path source, @Nullable String format, @Nullable String target, boolean create,
    boolean truncate, @Nullable String pipeline) {
  public LoadRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(source, "source");
  }
}
