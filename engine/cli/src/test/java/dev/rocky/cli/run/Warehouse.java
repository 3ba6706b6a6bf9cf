package dev.rocky.cli.run;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.StringJoiner;

/** Reads and writes a DuckDB file between CLI runs; each call opens and closes it, so the CLI can lock it again. */
final class Warehouse {
  private final Path file;

  Warehouse(Path file) {
    this.file = file;
  }

  /** Each row as its values joined by {@code |}, NULL for null. */
  List<String> rows(String sql) {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringJoiner row = new StringJoiner("|");
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.add(v == null ? "NULL" : v.toString());
        }
        out.add(row.toString());
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  String one(String sql) {
    List<String> rows = rows(sql);
    if (rows.size() != 1) {
      throw new IllegalStateException(sql + " gave " + rows.size() + " rows");
    }
    return rows.getFirst();
  }

  long count(String table) {
    return Long.parseLong(one("SELECT count(*) FROM " + table));
  }

  boolean exists(String schemaDotTable) {
    return !rows("SELECT 1 FROM information_schema.tables WHERE table_schema || '.' || table_name = '"
        + schemaDotTable + "'").isEmpty();
  }

  void execute(String... statements) {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private Connection connect() throws SQLException {
    // The driver directly: DriverManager would also initialise every other JDBC driver on the class path.
    return new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file.toAbsolutePath(), new Properties());
  }
}
