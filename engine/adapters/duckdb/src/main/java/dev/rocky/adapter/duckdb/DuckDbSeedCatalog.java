package dev.rocky.adapter.duckdb;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.SeedCatalog;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.TypeNames;
import dev.rocky.core.types.TypedColumn;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a seed script in an in-memory DuckDB and describes the tables it created. */
public final class DuckDbSeedCatalog implements SeedCatalog {

  private static final String COLUMNS = """
      SELECT table_catalog, table_schema, table_name, column_name, data_type, is_nullable
      FROM information_schema.columns
      WHERE table_schema NOT IN ('information_schema', 'pg_catalog')
      ORDER BY table_catalog, table_schema, table_name, ordinal_position""";

  @Override
  public List<SourceTable> describe(String seedSql, String file) {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(seedSql);
      } catch (SQLException e) {
        throw new RockyException(DuckDbErrorCode.DUCKDB_SQL_REJECTED, file + " failed in DuckDB: " + firstLine(e.getMessage()), e);
      }
      return read(connection, file);
    } catch (SQLException e) {
      throw new RockyException(DuckDbErrorCode.DUCKDB_UNAVAILABLE, "could not open an in-memory DuckDB: " + firstLine(e.getMessage()), e);
    }
  }

  private static List<SourceTable> read(Connection connection, String file) throws SQLException {
    Map<List<String>, List<TypedColumn>> tables = new LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(COLUMNS); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String schema = rs.getString(2);
        List<String> key = List.of(schema, rs.getString(3));
        tables.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new TypedColumn(rs.getString(4), TypeNames.fromSql(rs.getString(5)), "YES".equalsIgnoreCase(rs.getString(6))));
      }
    }
    List<SourceTable> out = new ArrayList<>();
    tables.forEach((key, columns) -> {
      // DuckDB's default schema is "main": such tables are referenced by bare name.
      String schema = "main".equals(key.get(0)) ? null : key.get(0);
      out.add(new SourceTable(null, schema, key.get(1), columns, file, 0));
    });
    return out;
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
