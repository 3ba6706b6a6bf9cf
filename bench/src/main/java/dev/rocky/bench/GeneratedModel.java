package dev.rocky.bench;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One generated model: its SQL, optional sidecar, the output columns the generator knows it has,
 * the upstream models it reads (by bare name) and its depth in the DAG (sources are depth 1).
 */
public record GeneratedModel(
    String name,
    Variant variant,
    int depth,
    String sql,
    @Nullable String sidecar,
    List<Column> columns,
    List<String> upstream,
    @Nullable String rawTable) {

  public GeneratedModel {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    upstream = List.copyOf(upstream);
  }

  public ModelKind kind() {
    return variant.kind();
  }

  /** Path of the SQL file, relative to the project root. */
  public String sqlPath() {
    return "models/" + kind().folder() + "/" + name + ".sql";
  }

  /** Path of the sidecar, relative to the project root. */
  public String sidecarPath() {
    return "models/" + kind().folder() + "/" + name + ".toml";
  }

  public GeneratedModel withSidecar(@Nullable String toml) {
    return new GeneratedModel(name, variant, depth, sql, toml, columns, upstream, rawTable);
  }

  public boolean has(String column) {
    return columns.stream().anyMatch(c -> c.name().equals(column));
  }

  public Column column(String column) {
    return columns.stream().filter(c -> c.name().equals(column)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " has no column " + column));
  }

  public List<Column> columns(Predicate<Column> filter) {
    return columns.stream().filter(filter).toList();
  }
}
