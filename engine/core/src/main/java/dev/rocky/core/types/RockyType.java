package dev.rocky.core.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A column type in Rocky's universe. Simple types are enum constants; parameterised ones are
 * records. {@link #typeName()} is Rocky's spelling ({@code Int64}, {@code Decimal(10,2)}), used in
 * contracts and JSON; {@link #display()} is the upper-case spelling used in diffs ({@code INT64},
 * {@code ?} for unknown).
 */
public sealed interface RockyType permits RockyType.Simple, RockyType.Parameterised {

  Simple BOOLEAN = Simple.BOOLEAN;
  Simple INT32 = Simple.INT32;
  Simple INT64 = Simple.INT64;
  Simple FLOAT32 = Simple.FLOAT32;
  Simple FLOAT64 = Simple.FLOAT64;
  Simple STRING = Simple.STRING;
  Simple BINARY = Simple.BINARY;
  Simple DATE = Simple.DATE;
  Simple TIMESTAMP = Simple.TIMESTAMP;
  Simple TIMESTAMP_NTZ = Simple.TIMESTAMP_NTZ;
  Simple VARIANT = Simple.VARIANT;
  Simple UNKNOWN = Simple.UNKNOWN;

  /** Rocky's spelling, e.g. {@code Int64}, {@code Decimal(10,2)}, {@code Array(String)}. */
  @JsonValue
  String typeName();

  /** Upper-case spelling, e.g. {@code INT64}, {@code DECIMAL(10,2)}, {@code ?} for unknown. */
  String display();

  // The predicates are abstract on purpose: a default method here would make initialising an
  // implementation (say Simple) initialise this interface first, whose constants would then read
  // Simple's fields before they are set and stay null.

  boolean isUnknown();

  boolean isInteger();

  boolean isFloat();

  /** Integer, float or decimal. */
  boolean isNumeric();

  /** Date, Timestamp or TimestampNtz. */
  boolean isTemporal();

  /** Parses Rocky's spelling (as in contracts and JSON); case-insensitive. */
  @JsonCreator
  static RockyType parse(String text) {
    return TypeNames.parseRockyName(text);
  }

  /** The types that take no parameters. */
  enum Simple implements RockyType {
    BOOLEAN("Boolean", "BOOLEAN"),
    INT32("Int32", "INT32"),
    INT64("Int64", "INT64"),
    FLOAT32("Float32", "FLOAT32"),
    FLOAT64("Float64", "FLOAT64"),
    STRING("String", "STRING"),
    BINARY("Binary", "BINARY"),
    DATE("Date", "DATE"),
    TIMESTAMP("Timestamp", "TIMESTAMP"),
    TIMESTAMP_NTZ("TimestampNtz", "TIMESTAMP_NTZ"),
    VARIANT("Variant", "VARIANT"),
    UNKNOWN("Unknown", "?");

    private final String rockyName;
    private final String display;

    Simple(String rockyName, String display) {
      this.rockyName = rockyName;
      this.display = display;
    }

    @Override
    public String display() {
      return display;
    }

    @Override
    public String typeName() {
      return rockyName;
    }

    @Override
    public boolean isUnknown() {
      return this == UNKNOWN;
    }

    @Override
    public boolean isInteger() {
      return this == INT32 || this == INT64;
    }

    @Override
    public boolean isFloat() {
      return this == FLOAT32 || this == FLOAT64;
    }

    @Override
    public boolean isNumeric() {
      return isInteger() || isFloat();
    }

    @Override
    public boolean isTemporal() {
      return this == DATE || this == TIMESTAMP || this == TIMESTAMP_NTZ;
    }

    @Override
    public String toString() {
      return rockyName;
    }
  }

  /**
   * The types that take parameters. Its default methods are safe here: unlike RockyType it holds
   * no constants, so initialising it first cannot leave anything unset.
   */
  sealed interface Parameterised extends RockyType permits Decimal, Array, MapOf, Struct {
    @Override
    default boolean isUnknown() {
      return false;
    }

    @Override
    default boolean isInteger() {
      return false;
    }

    @Override
    default boolean isFloat() {
      return false;
    }

    @Override
    default boolean isNumeric() {
      return false;
    }

    @Override
    default boolean isTemporal() {
      return false;
    }
  }

  /** A fixed-point number. */
  record Decimal(int precision, int scale) implements Parameterised {
    public Decimal {
      if (precision < 1 || scale < 0 || scale > precision) {
        throw new IllegalArgumentException("invalid decimal(" + precision + "," + scale + ")");
      }
    }

    @Override
    public String typeName() {
      return "Decimal(" + precision + "," + scale + ")";
    }

    @Override
    public String display() {
      return "DECIMAL(" + precision + "," + scale + ")";
    }

    @Override
    public String toString() {
      return typeName();
    }

    @Override
    public boolean isNumeric() {
      return true;
    }
  }

  /** An array of one element type. */
  record Array(RockyType element) implements Parameterised {
    public Array {
      Objects.requireNonNull(element, "element");
    }

    @Override
    public String typeName() {
      return "Array(" + element.typeName() + ")";
    }

    @Override
    public String display() {
      return "ARRAY<" + element.display() + ">";
    }

    @Override
    public String toString() {
      return typeName();
    }
  }

  /** A map from key type to value type. */
  record MapOf(RockyType key, RockyType value) implements Parameterised {
    public MapOf {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
      return "Map(" + key.typeName() + "," + value.typeName() + ")";
    }

    @Override
    public String display() {
      return "MAP<" + key.display() + "," + value.display() + ">";
    }

    @Override
    public String toString() {
      return typeName();
    }
  }

  /** A struct of named, typed fields. */
  record Struct(List<TypedColumn> fields) implements Parameterised {
    public Struct {
      fields = List.copyOf(fields);
    }

    @Override
    public String typeName() {
      return "Struct(" + fields.stream().map(f -> f.name() + " " + f.type().typeName()).collect(Collectors.joining(",")) + ")";
    }

    @Override
    public String display() {
      return "STRUCT<" + fields.stream().map(f -> f.name() + ":" + f.type().display()).collect(Collectors.joining(",")) + ">";
    }

    @Override
    public String toString() {
      return typeName();
    }
  }
}
