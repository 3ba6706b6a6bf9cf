package dev.rocky.compiler.bind;

import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.Transform;
import java.util.Locale;

/** One upstream column feeding (or shaping) a value, and how. */
record Contribution(ColumnRef source, Transform transform) {

  private static final Transform.Indirect[] INDIRECT = new Transform.Indirect[Transform.Role.values().length];

  static {
    for (Transform.Role r : Transform.Role.values()) {
      INDIRECT[r.ordinal()] = new Transform.Indirect(r);
    }
  }

  static Transform.Indirect indirect(Transform.Role role) {
    return INDIRECT[role.ordinal()];
  }

  static Transform aggregation(String function) {
    return new Transform.Aggregation(function.toLowerCase(Locale.ROOT));
  }

  /**
   * The transform of a value that passes through {@code inner} and then {@code outer}: direct is the
   * identity; an outer aggregation stays an aggregation (Rocky's top-level rule: {@code SUM(a * b)} is
   * an aggregation of a and b); equal kinds stay; anything else is an expression.
   */
  static Transform compose(Transform outer, Transform inner) {
    return switch (outer) {
      case Transform.Direct d -> inner;
      case Transform.Aggregation a -> inner instanceof Transform.Indirect ? inner : outer;
      case Transform.Indirect i -> outer;
      case Transform.Cast c -> inner instanceof Transform.Direct ? outer
          : inner instanceof Transform.Cast ic ? (c.tryCast() || ic.tryCast() ? Transform.TRY_CAST : Transform.CAST)
          : inner instanceof Transform.Indirect ? inner : Transform.EXPRESSION;
      case Transform.Expression e -> inner instanceof Transform.Indirect ? inner : Transform.EXPRESSION;
    };
  }

  /** Two value transforms of the same source into the same column: equal ones stay, else expression. */
  static Transform merge(Transform a, Transform b) {
    return a.equals(b) ? a : Transform.EXPRESSION;
  }
}
