package dev.rocky.core.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Spellings of types: warehouse SQL type names ({@code BIGINT}, {@code VARCHAR(20)},
 * {@code DECIMAL(10,2)}, {@code TIMESTAMP WITH TIME ZONE}) and Rocky's own names
 * ({@code Int64}, {@code Decimal(10,2)}). Unknown spellings map to {@link RockyType#UNKNOWN}.
 */
public final class TypeNames {
  private TypeNames() {}

  /** Maps a warehouse SQL type name to Rocky's type; anything unrecognised is Unknown. */
  public static RockyType fromSql(String sqlType) {
    return parseSql(sqlType).orElse(RockyType.UNKNOWN);
  }

  /** Maps a warehouse SQL type name, or empty when the spelling is not recognised. */
  public static Optional<RockyType> parseSql(String sqlType) {
    String t = sqlType.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.endsWith("[]")) {
      return parseSql(t.substring(0, t.length() - 2)).map(RockyType.Array::new);
    }
    String base = t;
    String args = "";
    int open = t.indexOf('(');
    int angle = t.indexOf('<');
    if (angle > 0 && (open < 0 || angle < open) && t.endsWith(">")) {
      base = t.substring(0, angle).trim();
      args = t.substring(angle + 1, t.length() - 1);
      return parameterised(base, args);
    }
    if (open > 0 && t.endsWith(")")) {
      base = t.substring(0, open).trim();
      args = t.substring(open + 1, t.length() - 1).trim();
    } else if (open > 0) {
      // e.g. TIMESTAMP(3) WITH TIME ZONE
      int close = t.indexOf(')', open);
      if (close < 0) {
        return Optional.empty();
      }
      base = (t.substring(0, open) + t.substring(close + 1)).trim();
      args = t.substring(open + 1, close).trim();
    }
    switch (base) {
      case "BOOLEAN", "BOOL", "LOGICAL":
        return Optional.of(RockyType.BOOLEAN);
      case "TINYINT", "BYTE", "SMALLINT", "SHORT", "INT", "INTEGER", "INT1", "INT2", "INT4", "SIGNED", "UTINYINT", "USMALLINT":
        return Optional.of(RockyType.INT32);
      case "BIGINT", "LONG", "INT8", "UINTEGER", "HUGEINT", "UBIGINT":
        return Optional.of(RockyType.INT64);
      case "FLOAT", "REAL", "FLOAT4":
        return Optional.of(RockyType.FLOAT32);
      case "DOUBLE", "DOUBLE PRECISION", "FLOAT8":
        return Optional.of(RockyType.FLOAT64);
      case "STRING", "VARCHAR", "CHAR", "CHARACTER", "CHARACTER VARYING", "TEXT", "NVARCHAR", "NCHAR", "BPCHAR", "UUID":
        return Optional.of(RockyType.STRING);
      case "BINARY", "VARBINARY", "BLOB", "BYTEA", "BYTES":
        return Optional.of(RockyType.BINARY);
      case "DATE":
        return Optional.of(RockyType.DATE);
      case "TIMESTAMP", "DATETIME", "TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP_NTZ":
        return Optional.of(base.equals("TIMESTAMP_NTZ") ? RockyType.TIMESTAMP_NTZ : RockyType.TIMESTAMP);
      case "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP_TZ", "TIMESTAMP_LTZ", "TIMESTAMP WITH LOCAL TIME ZONE":
        return Optional.of(RockyType.TIMESTAMP);
      case "VARIANT", "JSON", "OBJECT":
        return Optional.of(RockyType.VARIANT);
      case "DECIMAL", "NUMERIC", "NUMBER", "DEC":
        return Optional.of(decimal(args));
      default:
        return Optional.empty();
    }
  }

  private static RockyType decimal(String args) {
    if (args.isEmpty()) {
      return new RockyType.Decimal(38, 0);
    }
    String[] parts = args.split(",");
    try {
      int p = Integer.parseInt(parts[0].trim());
      int s = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0;
      return new RockyType.Decimal(p, s);
    } catch (IllegalArgumentException e) {
      return RockyType.UNKNOWN;
    }
  }

  private static Optional<RockyType> parameterised(String base, String args) {
    List<String> parts = splitTopLevel(args);
    switch (base) {
      case "ARRAY", "LIST":
        return parts.size() == 1 ? Optional.of(new RockyType.Array(fromSql(parts.get(0)))) : Optional.empty();
      case "MAP":
        return parts.size() == 2
            ? Optional.of(new RockyType.MapOf(fromSql(parts.get(0)), fromSql(parts.get(1))))
            : Optional.empty();
      case "STRUCT":
        List<TypedColumn> fields = new ArrayList<>();
        for (String part : parts) {
          String p = part.trim();
          int sep = p.indexOf(':');
          if (sep < 0) {
            sep = p.indexOf(' ');
          }
          if (sep < 0) {
            return Optional.empty();
          }
          fields.add(new TypedColumn(p.substring(0, sep).trim().toLowerCase(Locale.ROOT), fromSql(p.substring(sep + 1)), true));
        }
        return Optional.of(new RockyType.Struct(fields));
      default:
        return Optional.empty();
    }
  }

  private static List<String> splitTopLevel(String args) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < args.length(); i++) {
      char c = args.charAt(i);
      if (c == '<' || c == '(') {
        depth++;
      } else if (c == '>' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(args.substring(start, i).trim());
        start = i + 1;
      }
    }
    out.add(args.substring(start).trim());
    return out;
  }

  /**
   * Parses Rocky's spelling as written in contracts: {@code Int64}, {@code Decimal},
   * {@code Decimal(10,2)}, {@code TimestampNtz}, {@code Array(String)}. Case-insensitive; bare
   * {@code Decimal} means {@code Decimal(38,0)} here; contract matching treats bare Decimal as
   * any precision (see {@link TypeRules#matchesContract}). Warehouse spellings are accepted too.
   */
  public static RockyType parseRockyName(String text) {
    String t = text.trim();
    for (RockyType.Simple s : RockyType.Simple.values()) {
      if (s.typeName().equalsIgnoreCase(t)) {
        return s;
      }
    }
    String upper = t.toUpperCase(Locale.ROOT);
    if (upper.startsWith("ARRAY(") && upper.endsWith(")")) {
      return new RockyType.Array(parseRockyName(t.substring(6, t.length() - 1)));
    }
    if (upper.startsWith("MAP(") && upper.endsWith(")")) {
      List<String> kv = splitTopLevel(t.substring(4, t.length() - 1));
      if (kv.size() == 2) {
        return new RockyType.MapOf(parseRockyName(kv.get(0)), parseRockyName(kv.get(1)));
      }
    }
    return fromSql(t);
  }
}
