package dev.rocky.compiler.bind;

import dev.rocky.core.types.RockyType;
import org.apache.calcite.sql.SqlKind;

/** Typing of arithmetic operators and subscripts. */
final class Arithmetic {
  private Arithmetic() {}

  /**
   * {@code + - * / %}: the common supertype of the operands (Unknown when there is none), nullable if
   * either side is. Intervals keep the temporal side's type ({@code DATE ± INTERVAL} is a Timestamp),
   * {@code DATE ± integer} is a Date, {@code DATE - DATE} an Int64.
   */
  static Typed type(SqlKind kind, Typed a, Typed b) {
    boolean nullable = a.nullable() || b.nullable();
    boolean additive = kind == SqlKind.PLUS || kind == SqlKind.MINUS;
    if (additive && (a.isInterval() || b.isInterval())) {
      if (a.isInterval() && b.isInterval()) {
        return Typed.INTERVAL_VALUE;
      }
      RockyType t = a.isInterval() ? b.type() : a.type();
      RockyType result = t == RockyType.DATE ? RockyType.TIMESTAMP : t.isTemporal() ? t : RockyType.UNKNOWN;
      return Typed.of(result, nullable);
    }
    if (additive && a.type() == RockyType.DATE && b.type().isInteger()) {
      return Typed.of(RockyType.DATE, nullable);
    }
    if (kind == SqlKind.PLUS && b.type() == RockyType.DATE && a.type().isInteger()) {
      return Typed.of(RockyType.DATE, nullable);
    }
    if (kind == SqlKind.MINUS && a.type().isTemporal() && b.type().isTemporal()) {
      if (a.type() == RockyType.DATE && b.type() == RockyType.DATE) {
        return Typed.of(RockyType.INT64, nullable);
      }
      return new Typed(RockyType.UNKNOWN, nullable, Typed.INTERVAL);
    }
    return Typed.of(Typed.supertype(a.type(), b.type()), nullable);
  }

  /** {@code x[i]}: the element of an array, the value of a map, a variant's variant; always nullable. */
  static Typed item(Typed container, Typed key) {
    RockyType t = container.type();
    if (t instanceof RockyType.Array a) {
      return Typed.of(a.element(), true);
    }
    if (t instanceof RockyType.MapOf m) {
      return Typed.of(m.value(), true);
    }
    return Typed.of(t == RockyType.VARIANT ? RockyType.VARIANT : RockyType.UNKNOWN, true);
  }
}
