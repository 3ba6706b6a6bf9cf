package dev.rocky.compiler.lineage;

import dev.rocky.core.lineage.ColumnRef;
import java.util.Objects;

/**
 * A column met on a walk whose lineage is not fully known, and why. {@code column.column()} is
 * {@code *} for the unnamed columns of a star that could not be expanded.
 */
public record UnresolvedRef(ColumnRef column, String reason) {
  public UnresolvedRef {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }
}
