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
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Metadata lookups, with bound parameters only. A missing catalog or schema in a {@link TargetRef}
 * means the current one; names match case-insensitively, as DuckDB's identifiers do.
 *
 * <p>One table's columns and existence come from {@code pragma_table_info}, which looks the table up
 * in the catalog by name. {@code information_schema.columns} and {@code duckdb_tables()} build a row
 * for every table of the database before filtering: about 0.1 s per lookup at 1,300 tables, which
 * made a run's lookups (several per model) grow with the square of the project's size. A missing
 * table makes {@code pragma_table_info} fail, and a failed statement aborts an open transaction, so
 * inside a transaction begun by a statement's text the lookup scans {@code information_schema}.
 */
final class DuckDbCatalog {
  private static final String COLUMNS = "SELECT name, type, \"notnull\" FROM pragma_table_info(?) ORDER BY cid";
  private static final String COLUMNS_SCAN = """
      SELECT column_name, data_type, is_nullable = 'NO' FROM information_schema.columns
       WHERE lower(table_catalog) = lower(coalesce(?, current_database()))
         AND lower(table_schema) = lower(coalesce(?, current_schema()))
         AND lower(table_name) = lower(?) ORDER BY ordinal_position""";
  /** DuckDB's message when a catalog, schema or table of a qualified name does not exist. */
  private static final String MISSING = "Catalog Error";
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
  private final BooleanSupplier inTransaction;

  /** @param inTransaction whether the connection is inside a transaction begun by a statement's text */
  DuckDbCatalog(Access access, BooleanSupplier inTransaction) {
    this.access = access;
    this.inTransaction = inTransaction;
  }

  Optional<List<TypedColumn>> describe(TargetRef table) {
    List<TypedColumn> columns = access.withConnection("describing " + table.qualifiedName(), c -> {
      List<TypedColumn> out = new ArrayList<>();
      boolean scan = inTransaction.getAsBoolean();
      try (PreparedStatement ps = c.prepareStatement(scan ? COLUMNS_SCAN : COLUMNS)) {
        if (scan) {
          setNullable(ps, 1, table.catalog());
          setNullable(ps, 2, table.schema());
          ps.setString(3, table.table());
        } else {
          ps.setString(1, quotedName(table));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new TypedColumn(rs.getString(1), TypeNames.fromSql(rs.getString(2)), !rs.getBoolean(3)));
          }
        }
      } catch (SQLException e) {
        if (!isMissing(e)) {
          throw e;
        }
      }
      return out;
    });
    return columns.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(columns));
  }

  boolean exists(TargetRef table) {
    return describe(table).isPresent();
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

  /** The table's name as DuckDB parses it: each present part double-quoted, quotes doubled. */
  static String quotedName(TargetRef table) {
    StringBuilder name = new StringBuilder();
    for (@Nullable String part : new @Nullable String[] {table.catalog(), table.schema(), table.table()}) {
      if (part != null && !part.isEmpty()) {
        if (!name.isEmpty()) {
          name.append('.');
        }
        name.append('"').append(part.replace("\"", "\"\"")).append('"');
      }
    }
    return name.toString();
  }

  private static void setNullable(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
    if (value == null || value.isEmpty()) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  private static boolean isMissing(SQLException e) {
    String message = e.getMessage();
    return message != null && message.startsWith(MISSING);
  }
}
