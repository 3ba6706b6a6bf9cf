package dev.rocky.compiler.bind;

import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypeRules;

/**
 * The type of an expression while binding: a {@link RockyType}, its nullability, and two markers the
 * rules need: an untyped {@code NULL} literal (which adds nullability but no type when branches are
 * folded) and an interval (so that {@code ts + INTERVAL '1' DAY} stays a timestamp).
 */
record Typed(RockyType type, boolean nullable, int flags) {
  static final int NULL_LITERAL = 1;
  static final int INTERVAL = 2;

  private static final Typed[] SIMPLE = new Typed[RockyType.Simple.values().length * 2];

  static {
    for (RockyType.Simple s : RockyType.Simple.values()) {
      SIMPLE[s.ordinal() * 2] = new Typed(s, false, 0);
      SIMPLE[s.ordinal() * 2 + 1] = new Typed(s, true, 0);
    }
  }

  static final Typed NULL = new Typed(RockyType.UNKNOWN, true, NULL_LITERAL);
  static final Typed INTERVAL_VALUE = new Typed(RockyType.UNKNOWN, false, INTERVAL);
  static final Typed UNKNOWN = of(RockyType.UNKNOWN, true);
  static final Typed BOOLEAN = of(RockyType.BOOLEAN, false);
  static final Typed BOOLEAN_NULLABLE = of(RockyType.BOOLEAN, true);

  static Typed of(RockyType type, boolean nullable) {
    if (type instanceof RockyType.Simple s) {
      return SIMPLE[s.ordinal() * 2 + (nullable ? 1 : 0)];
    }
    return new Typed(type, nullable, 0);
  }

  boolean isNullLiteral() {
    return (flags & NULL_LITERAL) != 0;
  }

  boolean isInterval() {
    return (flags & INTERVAL) != 0;
  }

  Typed withNullable(boolean n) {
    return n == nullable ? this : of(type, n);
  }

  /** The common supertype, Unknown when there is none (an unknown type never causes an error). */
  static RockyType supertype(RockyType a, RockyType b) {
    if (a == b || a.equals(b)) {
      return a;
    }
    return TypeRules.commonSupertype(a, b).orElse(RockyType.UNKNOWN);
  }

  /**
   * Folds branch types (CASE, COALESCE, UNION, GREATEST): untyped NULL literals add nullability only;
   * the result is Unknown when every branch is a NULL literal.
   */
  static final class Fold {
    private RockyType type;
    private boolean typed;
    private boolean anyNullable;
    private boolean allNullable = true;

    Fold add(Typed t) {
      anyNullable |= t.nullable;
      allNullable &= t.nullable;
      if (t.isNullLiteral()) {
        return this;
      }
      type = typed ? supertype(type, t.type) : t.type;
      typed = true;
      return this;
    }

    RockyType type() {
      return typed ? type : RockyType.UNKNOWN;
    }

    boolean anyNullable() {
      return anyNullable;
    }

    boolean allNullable() {
      return allNullable;
    }
  }
}
