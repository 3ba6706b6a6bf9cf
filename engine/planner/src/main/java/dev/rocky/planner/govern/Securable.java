package dev.rocky.planner.govern;

import dev.rocky.planner.sql.Identifiers;
import dev.rocky.planner.sql.TableName;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Something privileges are granted on: a catalog (Snowflake: a database), a schema or a table. */
public sealed interface Securable {

  /** Dotted, unquoted, for messages and diffs, e.g. {@code analytics.marts}. */
  String display();

  /** The securable's kind as Rocky's output spells it: {@code catalog}, {@code schema}, {@code table}. */
  String kind();

  record Catalog(String name) implements Securable {
    public Catalog {
      Identifiers.requireName("catalog name", name);
    }

    @Override
    public String display() {
      return name;
    }

    @Override
    public String kind() {
      return "catalog";
    }
  }

  record Schema(@Nullable String catalog, String schema) implements Securable {
    public Schema {
      if (catalog != null) {
        Identifiers.requireName("catalog name", catalog);
      }
      Identifiers.requireName("schema name", schema);
    }

    @Override
    public String display() {
      return catalog == null ? schema : catalog + "." + schema;
    }

    @Override
    public String kind() {
      return "schema";
    }
  }

  record Table(TableName table) implements Securable {
    public Table {
      Objects.requireNonNull(table, "table");
    }

    @Override
    public String display() {
      return table.qualifiedName();
    }

    @Override
    public String kind() {
      return "table";
    }
  }
}
