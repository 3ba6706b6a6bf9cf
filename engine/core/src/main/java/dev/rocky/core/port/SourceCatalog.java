package dev.rocky.core.port;

import dev.rocky.core.project.SourceTable;
import java.util.Optional;

/**
 * Schemas of external tables that a project reads but does not declare, as the warehouse (or a
 * cache of what it said) knows them. The compiler asks only about tables its models reference.
 */
public interface SourceCatalog {

  /**
   * The table named by {@code ref} (its parts as written in SQL), or empty when it is unknown.
   * Never throws for a table that does not exist.
   */
  Optional<SourceTable> describe(java.util.List<String> ref);

  /** Called once after a compile's lookups, so an implementation can persist what it learned. */
  default void flush() {}

  /**
   * Whether every {@link #describe} would be empty and {@link #flush} would do nothing: then a
   * compile need not look for the tables to ask about.
   */
  default boolean knowsNothing() {
    return this == NONE;
  }

  /** A catalog that knows nothing. */
  SourceCatalog NONE = ref -> Optional.empty();
}
