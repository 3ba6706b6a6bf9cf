package dev.rocky.compiler.bind;

import dev.rocky.core.types.ModelSchema;
import java.util.Objects;

/** What a table name in FROM resolves to, as answered by a {@link SchemaLookup}. */
public sealed interface Resolution {

  /** Another model of the project, with its (possibly partial) output schema. */
  record Model(String name, ModelSchema schema) implements Resolution {
    public Model {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(schema, "schema");
    }
  }

  /** An external table whose schema is known (a declared source, a seed, the schema cache). */
  record Source(String qualifiedName, ModelSchema schema) implements Resolution {
    public Source {
      Objects.requireNonNull(qualifiedName, "qualifiedName");
      Objects.requireNonNull(schema, "schema");
    }
  }

  /**
   * An external table whose schema we do not have. {@code namespaceKnown} says that its schema or
   * catalog is fully declared, so the table should have been found: the binder then reports E002.
   */
  record Unknown(boolean namespaceKnown) implements Resolution {}
}
