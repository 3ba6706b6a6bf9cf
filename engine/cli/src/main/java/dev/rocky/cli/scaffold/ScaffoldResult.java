package dev.rocky.cli.scaffold;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a scaffold wrote.
 *
 * @param path the project directory, absolute
 * @param files the files written, relative to {@code path}, '/'-separated, in template order
 */
public record ScaffoldResult(Path path, List<String> files) {
  public ScaffoldResult {
    Objects.requireNonNull(path, "path");
    files = List.copyOf(files);
  }
}
