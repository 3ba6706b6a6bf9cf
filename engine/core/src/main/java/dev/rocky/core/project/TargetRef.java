package dev.rocky.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Where a model lands: an optional catalog, an optional schema and a table. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetRef(@Nullable String catalog, @Nullable String schema, String table) {

  public TargetRef {
    Objects.requireNonNull(table, "table");
  }

  /** Dotted name of the parts that are set, e.g. {@code analytics.marts.fct_revenue}. */
  public String qualifiedName() {
    StringJoiner j = new StringJoiner(".");
    if (catalog != null && !catalog.isEmpty()) {
      j.add(catalog);
    }
    if (schema != null && !schema.isEmpty()) {
      j.add(schema);
    }
    return j.add(table).toString();
  }

  /** Lower-cased qualified name: the identity used to detect two models writing one table. */
  public String key() {
    return qualifiedName().toLowerCase(Locale.ROOT);
  }
}
