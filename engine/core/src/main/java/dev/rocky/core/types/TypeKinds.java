package dev.rocky.core.types;

/**
 * The kind tests of a {@link RockyType}. They are not declared in {@code RockyType} itself because
 * the JVM initializes an interface that declares default methods together with any class that
 * implements it (JLS 12.4.2, step 7): code that touched {@code RockyType.Simple} first would then
 * initialize {@code RockyType} while the enum's constants were still null, and {@code
 * RockyType.UNKNOWN}, {@code RockyType.INT64} and the others would stay null for good.
 */
public sealed interface TypeKinds permits RockyType {

  default boolean isUnknown() {
    return this == RockyType.UNKNOWN;
  }

  default boolean isInteger() {
    return this == RockyType.INT32 || this == RockyType.INT64;
  }

  default boolean isFloat() {
    return this == RockyType.FLOAT32 || this == RockyType.FLOAT64;
  }

  default boolean isNumeric() {
    return isInteger() || isFloat() || this instanceof RockyType.Decimal;
  }

  default boolean isTemporal() {
    return this == RockyType.DATE || this == RockyType.TIMESTAMP || this == RockyType.TIMESTAMP_NTZ;
  }
}
