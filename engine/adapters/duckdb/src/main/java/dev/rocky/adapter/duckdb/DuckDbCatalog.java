package dev.rocky.adapter.duckdb;

import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypeNames;
import dev.rocky.core.types.TypedColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Metadata lookups through {@code information_schema}, with bound parameters only. A missing
 * catalog or schema in a {@link TargetRef} means the current one; names match case-insensitively,
 * as DuckDB's identifiers do.
 */
final class DuckDbCatalog {
  private static final String WHERE_TABLE = """
       WHERE lower(table_catalog) = lower(coalesce(?, current_database()))
         AND lower(table_schema) = lower(coalesce(?, current_schema()))
         AND lower(table_name) = lower(?)""";
  private static final String COLUMNS = "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
      + WHERE_TABLE + " ORDER BY ordinal_position";
  private static final String EXISTS = "SELECT count(*) FROM information_schema.tables " + WHERE_TABLE;
  private static final String SCHEMAS = """
      SELECT schema_name FROM information_schema.schemata
       WHERE catalog_name = current_database() ORDER BY schema_name""";
  private static final String TABLES = """
      SELECT table_name FROM information_schema.tables
       WHERE table_catalog = current_database() AND lower(table_schema) = lower(?) ORDER BY table_name""";

  /** Runs work on the adapter's connection, under its lock, classifying failures. */
  @FunctionalInterface
  interface Access {
    <T> T withConnection(String doing, DuckDbAdapter.SqlWork<Connection, T> work);
  }

  private final Access access;

  DuckDbCatalog(Access access) {
    this.access = access;
  }

  Optional<List<TypedColumn>> describe(TargetRef table) {
    List<TypedColumn> columns = access.withConnection("describing " + table.qualifiedName(), c -> {
      List<TypedColumn> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(COLUMNS)) {
        bind(ps, table);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new TypedColumn(rs.getString(1), TypeNames.fromSql(rs.getString(2)), "YES".equalsIgnoreCase(rs.getString(3))));
          }
        }
      }
      return out;
    });
    return columns.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(columns));
  }

  boolean exists(TargetRef table) {
    return access.withConnection("looking up " + table.qualifiedName(), c -> {
      try (PreparedStatement ps = c.prepareStatement(EXISTS)) {
        bind(ps, table);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() && rs.getLong(1) > 0;
        }
      }
    });
  }

  List<String> schemas() {
    return access.withConnection("listing schemas", c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(SCHEMAS); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!isSystemSchema(rs.getString(1))) {
            out.add(rs.getString(1));
          }
        }
      }
      return List.copyOf(out);
    });
  }

  List<TargetRef> tables(String schema) {
    return access.withConnection("listing the tables of " + schema, c -> {
      List<TargetRef> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(TABLES)) {
        ps.setString(1, schema);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new TargetRef(null, schema, rs.getString(1)));
          }
        }
      }
      return List.copyOf(out);
    });
  }

  /** Whether {@code name} is a system schema that listings leave out. */
  private static boolean isSystemSchema(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("information_schema") || n.equals("pg_catalog");
  }

  private static void bind(PreparedStatement ps, TargetRef table) throws SQLException {
    setNullable(ps, 1, table.catalog());
    setNullable(ps, 2, table.schema());
    ps.setString(3, table.table());
  }

  private static void setNullable(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
    if (value == null || value.isEmpty()) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }
}
