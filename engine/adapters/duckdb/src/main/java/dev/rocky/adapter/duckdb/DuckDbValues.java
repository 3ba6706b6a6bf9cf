package dev.rocky.adapter.duckdb;

import java.sql.Array;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duckdb.DuckDBStruct;
import org.jspecify.annotations.Nullable;

/** Turns DuckDB's JDBC values into the plain Java values of {@link dev.rocky.core.port.QueryResult}. */
final class DuckDbValues {
  private DuckDbValues() {}

  static @Nullable Object plain(@Nullable Object value) throws SQLException {
    return switch (value) {
      case null -> null;
      case Byte b -> b.intValue();
      case Short s -> s.intValue();
      case Timestamp ts -> ts.toLocalDateTime();
      case java.sql.Date d -> d.toLocalDate();
      case java.sql.Time t -> t.toLocalTime();
      case OffsetDateTime odt -> odt.toInstant();
      case ZonedDateTime zdt -> zdt.toInstant();
      case UUID uuid -> uuid.toString();
      case Blob blob -> blob.getBytes(1, (int) blob.length());
      case Array array -> list(array.getArray());
      case DuckDBStruct struct -> map(struct.getMap());
      case Struct struct -> list(struct.getAttributes());
      case Map<?, ?> map -> map(map);
      case Boolean b -> b;
      case Number n -> n;
      case String s -> s;
      case byte[] bytes -> bytes;
      case java.time.temporal.Temporal t -> t;
      default -> value.toString();
    };
  }

  private static List<@Nullable Object> list(Object array) throws SQLException {
    List<@Nullable Object> out = new ArrayList<>();
    if (array instanceof Object[] elements) {
      for (Object element : elements) {
        out.add(plain(element));
      }
    } else {
      int length = java.lang.reflect.Array.getLength(array);
      for (int i = 0; i < length; i++) {
        out.add(plain(java.lang.reflect.Array.get(array, i)));
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  private static Map<@Nullable Object, @Nullable Object> map(Map<?, ?> map) throws SQLException {
    Map<@Nullable Object, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.put(plain(e.getKey()), plain(e.getValue()));
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
