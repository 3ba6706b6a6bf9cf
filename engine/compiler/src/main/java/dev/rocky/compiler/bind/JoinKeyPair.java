package dev.rocky.compiler.bind;

import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.types.RockyType;
import java.util.Objects;

/**
 * Two columns compared by equality in a join condition ({@code ON a.x = b.y} or {@code USING (x)}).
 * Each side is named by its upstream column when it passes through directly, else by the relation
 * alias (a CTE or subquery) and column.
 */
public record JoinKeyPair(ColumnRef left, RockyType leftType, ColumnRef right, RockyType rightType, SourceSpan span) {
  public JoinKeyPair {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(leftType, "leftType");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(rightType, "rightType");
    Objects.requireNonNull(span, "span");
  }
}
