package dev.rocky.adapter.snowflake;

import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypedColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Metadata from {@code INFORMATION_SCHEMA}, with names bound as parameters. A name is looked up as
 * written first (Rocky creates targets quoted), then, when it is a bare identifier, as Snowflake
 * folds it unquoted (upper case).
 */
final class SnowflakeCatalog {

  /** Runs metadata work on a session. */
  interface Sessions {
    <T> T read(String doing, SqlFunction<T> work);
  }

  /** Work on a connection that may throw {@link SQLException}. */
  @FunctionalInterface
  interface SqlFunction<T> {
    T apply(Connection c) throws SQLException;
  }

  private final Sessions sessions;

  SnowflakeCatalog(Sessions sessions) {
    this.sessions = sessions;
  }

  Optional<List<TypedColumn>> describe(TargetRef table) {
    String sql = "SELECT column_name, data_type, numeric_precision, numeric_scale, is_nullable FROM "
        + database(table.catalog()) + "information_schema.columns WHERE table_schema = ? AND table_name = ? "
        + "ORDER BY ordinal_position";
    return sessions.read("describing " + table.qualifiedName(), c -> {
      for (String[] names : candidates(table.schema(), table.table())) {
        List<TypedColumn> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
          s.setString(1, names[0]);
          s.setString(2, names[1]);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              columns.add(new TypedColumn(rs.getString(1), SnowflakeValues.type(rs.getString(2), rs.getInt(3), rs.getInt(4)),
                  !"NO".equalsIgnoreCase(rs.getString(5))));
            }
          }
        }
        if (!columns.isEmpty()) {
          return Optional.of(columns);
        }
      }
      return Optional.empty();
    });
  }

  boolean exists(TargetRef table) {
    String sql = "SELECT table_name FROM " + database(table.catalog()) + "information_schema.tables "
        + "WHERE table_schema = ? AND table_name = ?";
    return sessions.read("looking up " + table.qualifiedName(), c -> {
      for (String[] names : candidates(table.schema(), table.table())) {
        if (!strings(c, sql, names[0], names[1]).isEmpty()) {
          return true;
        }
      }
      return false;
    });
  }

  List<String> schemas() {
    return sessions.read("listing schemas", c -> strings(c, "SELECT schema_name FROM information_schema.schemata "
        + "WHERE catalog_name = CURRENT_DATABASE() AND schema_name <> 'INFORMATION_SCHEMA' ORDER BY schema_name"));
  }

  List<TargetRef> tables(String schema) {
    String sql = "SELECT table_name FROM information_schema.tables WHERE table_catalog = CURRENT_DATABASE() "
        + "AND table_schema = ? ORDER BY table_name";
    return sessions.read("listing the tables of " + schema, c -> {
      List<String> names = strings(c, sql, schema);
      if (names.isEmpty() && SnowflakeSql.bare(schema)) {
        names = strings(c, sql, schema.toUpperCase(Locale.ROOT));
      }
      return names.stream().map(t -> new TargetRef(null, schema, t)).toList();
    });
  }

  private static List<String[]> candidates(@Nullable String schema, String table) {
    String s = schema == null ? "PUBLIC" : schema;
    List<String[]> out = new ArrayList<>();
    out.add(new String[] {s, table});
    String[] folded = {SnowflakeSql.bare(s) ? s.toUpperCase(Locale.ROOT) : s,
        SnowflakeSql.bare(table) ? table.toUpperCase(Locale.ROOT) : table};
    if (!folded[0].equals(s) || !folded[1].equals(table)) {
      out.add(folded);
    }
    return out;
  }

  private static String database(@Nullable String catalog) {
    return catalog == null || catalog.isEmpty() ? "" : SnowflakeSql.quote(catalog) + ".";
  }

  private static List<String> strings(Connection c, String sql, String... params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setString(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
