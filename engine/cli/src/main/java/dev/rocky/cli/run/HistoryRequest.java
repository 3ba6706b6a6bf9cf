package dev.rocky.cli.run;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky history}.
 *
 * @param config the absolute path of {@code rocky.toml}; the state lives under its directory
 * @param model only runs that executed this model, each with only its execution; null for all
 * @param limit at most this many runs, newest first
 */
public record HistoryRequest(Path config, @Nullable String model, int limit) {
  public HistoryRequest {
    Objects.requireNonNull(config, "config");
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    }
  }
}
