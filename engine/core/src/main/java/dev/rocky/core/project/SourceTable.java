package dev.rocky.core.project;

import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An external table with a known schema, from a committed {@code sources/*.toml}, a seed, or the
 * warehouse catalog. {@code file} and {@code line} say where it was declared, when it was.
 */
public record SourceTable(
    @Nullable String catalog,
    @Nullable String schema,
    String name,
    List<TypedColumn> columns,
    @Nullable String file,
    int line) {

  public SourceTable {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }

  public TargetRef ref() {
    return new TargetRef(catalog, schema, name);
  }

  /** Lower-cased qualified name, the lookup key for references in SQL. */
  public String key() {
    return ref().key();
  }

  public ModelSchema schemaView() {
    return new ModelSchema(ref().qualifiedName(), columns, true);
  }

  public static String keyOf(List<String> parts) {
    return String.join(".", parts).toLowerCase(Locale.ROOT);
  }
}
