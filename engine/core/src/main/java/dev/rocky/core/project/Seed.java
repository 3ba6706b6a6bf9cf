package dev.rocky.core.project;

import java.util.Map;
import java.util.Objects;

/** A CSV seed ({@code seeds/<name>.csv}) with its optional sidecar's target and column types. */
public record Seed(String name, String file, TargetRef target, Map<String, String> columnTypes) {
  public Seed {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(target, "target");
    columnTypes = Map.copyOf(columnTypes);
  }
}
