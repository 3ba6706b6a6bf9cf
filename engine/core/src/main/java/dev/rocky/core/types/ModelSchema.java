package dev.rocky.core.types;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed output of a model or a source table. {@code complete} says whether every column of
 * the output is known (no star over an unknown upstream, no parse failure): only a complete
 * schema can prove that a column does not exist.
 */
public record ModelSchema(String name, List<TypedColumn> columns, boolean complete) {

  public ModelSchema {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }

  /** An unknown schema: no columns known, nothing provable. */
  public static ModelSchema unknown(String name) {
    return new ModelSchema(name, List.of(), false);
  }

  /** Case-insensitive column lookup, as warehouses resolve unquoted identifiers. */
  public Optional<TypedColumn> column(String columnName) {
    String wanted = columnName.toLowerCase(Locale.ROOT);
    for (TypedColumn c : columns) {
      if (c.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
