package dev.rocky.compiler.bind;

import dev.rocky.core.types.RockyType;
import java.util.List;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * Functions written without parentheses, which Calcite's Babel conformance reads as identifiers
 * ({@code CURRENT_DATE}, {@code CURRENT_TIMESTAMP}, {@code CURRENT_USER}). A real column of the same
 * name wins; these are only tried when no relation has one.
 */
final class Niladics {
  private Niladics() {}

  static @Nullable BoundColumn of(String name, SqlParserPos pos) {
    RockyType t = type(name);
    return t == null ? null : new BoundColumn(name, Typed.of(t, false), List.of(), null, pos);
  }

  private static @Nullable RockyType type(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "current_date" -> RockyType.DATE;
      case "current_timestamp", "localtimestamp", "now", "sysdate", "getdate" -> RockyType.TIMESTAMP;
      case "current_user", "current_role", "session_user", "user", "current_catalog", "current_schema",
           "current_database" -> RockyType.STRING;
      default -> null;
    };
  }
}
