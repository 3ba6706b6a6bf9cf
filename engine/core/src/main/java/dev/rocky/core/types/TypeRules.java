package dev.rocky.core.types;

import java.util.Locale;
import java.util.Optional;

/** The lattice rules: common supertype, assignability and contract matching (Rocky's rules). */
public final class TypeRules {
  private TypeRules() {}

  /**
   * The common supertype of two types, or empty when they are incompatible. Unknown absorbs
   * everything (the result is Unknown), so an unknown type never causes an error.
   */
  public static Optional<RockyType> commonSupertype(RockyType a, RockyType b) {
    if (a.equals(b)) {
      return Optional.of(a);
    }
    if (a.isUnknown() || b.isUnknown()) {
      return Optional.of(RockyType.UNKNOWN);
    }
    if (a.isInteger() && b.isInteger()) {
      return Optional.of(RockyType.INT64);
    }
    if (a.isFloat() && b.isFloat()) {
      return Optional.of(RockyType.FLOAT64);
    }
    if ((a.isInteger() && b.isFloat()) || (a.isFloat() && b.isInteger())) {
      return Optional.of(RockyType.FLOAT64);
    }
    if (a instanceof RockyType.Decimal da && b instanceof RockyType.Decimal db) {
      return Optional.of(new RockyType.Decimal(Math.max(da.precision(), db.precision()), Math.max(da.scale(), db.scale())));
    }
    if (a instanceof RockyType.Decimal d && b.isInteger()) {
      return Optional.of(widenDecimal(d, b));
    }
    if (b instanceof RockyType.Decimal d && a.isInteger()) {
      return Optional.of(widenDecimal(d, a));
    }
    if ((a instanceof RockyType.Decimal && b.isFloat()) || (b instanceof RockyType.Decimal && a.isFloat())) {
      return Optional.of(RockyType.FLOAT64);
    }
    if ((a == RockyType.TIMESTAMP && b == RockyType.TIMESTAMP_NTZ) || (a == RockyType.TIMESTAMP_NTZ && b == RockyType.TIMESTAMP)) {
      return Optional.of(RockyType.TIMESTAMP);
    }
    if ((a == RockyType.DATE && b.isTemporal()) || (b == RockyType.DATE && a.isTemporal())) {
      return Optional.of(a == RockyType.DATE ? b : a);
    }
    return Optional.empty();
  }

  private static RockyType widenDecimal(RockyType.Decimal d, RockyType integer) {
    int digits = integer == RockyType.INT32 ? 10 : 19;
    int precision = Math.min(38, Math.max(d.precision(), digits + d.scale()));
    return new RockyType.Decimal(precision, d.scale());
  }

  /** Whether a value of {@code from} can be stored in {@code to} without narrowing. */
  public static boolean isAssignable(RockyType from, RockyType to) {
    if (from.equals(to) || from.isUnknown() || to.isUnknown()) {
      return true;
    }
    if (from == RockyType.INT32 && to == RockyType.INT64) {
      return true;
    }
    if (from == RockyType.FLOAT32 && to == RockyType.FLOAT64) {
      return true;
    }
    if (from.isInteger() && to instanceof RockyType.Decimal d) {
      int digits = from == RockyType.INT32 ? 10 : 19;
      return d.precision() - d.scale() >= digits;
    }
    if (from.isInteger() && to.isFloat()) {
      return true;
    }
    if (from instanceof RockyType.Decimal f && to instanceof RockyType.Decimal t) {
      return t.scale() >= f.scale() && (t.precision() - t.scale()) >= (f.precision() - f.scale());
    }
    if (from == RockyType.TIMESTAMP_NTZ && to == RockyType.TIMESTAMP) {
      return true;
    }
    return from == RockyType.DATE && (to == RockyType.TIMESTAMP || to == RockyType.TIMESTAMP_NTZ);
  }

  /**
   * Whether an inferred type satisfies a contract's declared type name (Rocky's rules): names
   * match case-insensitively; a bare {@code Decimal} matches any precision and scale while
   * {@code Decimal(p,s)} and {@code Decimal(p)} match exactly; {@code Array}/{@code Map} match by
   * prefix; an Unknown inferred type is never a mismatch.
   */
  public static boolean matchesContract(RockyType inferred, String declared) {
    if (inferred.isUnknown()) {
      return true;
    }
    String d = declared.trim().replace(" ", "").toLowerCase(Locale.ROOT);
    String actual = inferred.typeName().replace(" ", "").toLowerCase(Locale.ROOT);
    if (d.equals("decimal") || d.equals("numeric")) {
      return inferred instanceof RockyType.Decimal;
    }
    if (d.startsWith("decimal(") && !d.contains(",") && inferred instanceof RockyType.Decimal dec) {
      return d.equals("decimal(" + dec.precision() + ")") && dec.scale() == 0;
    }
    if (d.equals("array") || d.equals("map") || d.equals("struct")) {
      return actual.startsWith(d + "(");
    }
    if (d.equals(actual)) {
      return true;
    }
    // Accept warehouse spellings in contracts too (BIGINT, VARCHAR, ...).
    return TypeNames.parseSql(declared).map(inferred::equals).orElse(false);
  }
}
