package dev.rocky.compiler.bind;

import java.util.Collection;
import java.util.List;

/**
 * Resolves table names to upstream schemas. Implementations must be safe to call from several threads
 * (models of one DAG layer are bound in parallel) and should be cheap: it is called once per table
 * reference.
 */
@FunctionalInterface
public interface SchemaLookup {

  /** Resolves a table name as written ({@code [stg_orders]}, {@code [raw, orders]}). */
  Resolution resolve(List<String> nameParts);

  /**
   * The model and source names offered as suggestions when a table is not found (E002); only called
   * on that error path.
   */
  default Collection<String> knownTableNames() {
    return List.of();
  }
}
