package dev.rocky.planner.sql;

import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A physical table: an optional catalog (absent means the session's catalog, and a two-part name),
 * a schema and a table. Every part satisfies {@link Identifiers#requireName}, so a {@code TableName}
 * can always be rendered.
 */
public record TableName(@Nullable String catalog, String schema, String table) {

  public TableName {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(table, "table");
    if (catalog != null && catalog.isEmpty()) {
      catalog = null;
    }
    if (catalog != null) {
      Identifiers.requireName("catalog name", catalog);
    }
    Identifiers.requireName("schema name", schema);
    Identifiers.requireName("table name", table);
  }

  /** The same table in another schema of the same catalog. */
  public TableName inSchema(String newSchema) {
    return new TableName(catalog, newSchema, table);
  }

  /** Dotted, unquoted name for messages and state keys, e.g. {@code analytics.marts.fct}. */
  public String qualifiedName() {
    StringJoiner j = new StringJoiner(".");
    if (catalog != null) {
      j.add(catalog);
    }
    return j.add(schema).add(table).toString();
  }
}
