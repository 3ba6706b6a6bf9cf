package dev.rocky.compiler.bind;

import java.util.Objects;

/**
 * An output column whose lineage is not fully known, and why. {@code column} is {@code *} for a star
 * that could not be expanded (its columns are not even named). Lineage that is merely empty (a
 * literal, {@code COUNT(*)}) is resolved, not unresolved.
 */
public record UnresolvedColumn(String column, String reason) {
  public UnresolvedColumn {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }
}
