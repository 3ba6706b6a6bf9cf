package dev.rocky.core.project;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CSV seed ({@code seeds/<name>.csv}) with its optional sidecar's target, column types and the
 * SQL statements run before and after loading it.
 */
public record Seed(
    String name, String file, TargetRef target, Map<String, String> columnTypes, List<String> preHook, List<String> postHook) {
  public Seed {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(target, "target");
    columnTypes = Map.copyOf(columnTypes);
    preHook = List.copyOf(preHook);
    postHook = List.copyOf(postHook);
  }

  /** A seed without hooks. */
  public Seed(String name, String file, TargetRef target, Map<String, String> columnTypes) {
    this(name, file, target, columnTypes, List.of(), List.of());
  }
}
