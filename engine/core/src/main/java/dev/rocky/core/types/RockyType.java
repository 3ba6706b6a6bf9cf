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
 * {@code ?} for unknown). The kind tests ({@code isUnknown()}, {@code isNumeric()}, ...) come from
 * {@link TypeKinds}: this interface must declare no default method (see there why).
 */
public sealed interface RockyType extends TypeKinds
    permits RockyType.Simple, RockyType.Decimal, RockyType.Array, RockyType.MapOf, RockyType.Struct {

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
    public String toString() {
      return rockyName;
    }
  }

  /** A fixed-point number. */
  record Decimal(int precision, int scale) implements RockyType {
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
  }

  /** An array of one element type. */
  record Array(RockyType element) implements RockyType {
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
  record MapOf(RockyType key, RockyType value) implements RockyType {
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
  record Struct(List<TypedColumn> fields) implements RockyType {
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
