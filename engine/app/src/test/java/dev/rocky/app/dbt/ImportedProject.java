package dev.rocky.app.dbt;

import dev.rocky.app.compile.CompileService;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.check.VarSubstitution;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.Seed;
import dev.rocky.core.project.Strategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Test helper: writes an import's files to a directory, compiles them, and runs them on DuckDB. */
final class ImportedProject {
  private ImportedProject() {}

  static Path write(ImportResult result, Path dir) {
    try {
      for (Map.Entry<String, String> f : result.files().entrySet()) {
        Path file = dir.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CompileResult compile(Path dir) {
    return new CompileService(CacheStore.NONE, null).compile(new dev.rocky.store.local.DirectoryProjectSource(dir),
        new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 2));
  }

  /**
   * Loads every seed into its schema (with the sidecar's column types), then creates every model
   * in the DAG's order under its bare name: views and ephemerals as views, the rest as tables.
   */
  static void run(Connection c, Path dir, CompileResult compiled) throws SQLException {
    Project project = compiled.project();
    try (Statement s = c.createStatement()) {
      for (Seed seed : project.seeds()) {
        String schema = seed.target().schema() == null ? "main" : seed.target().schema();
        s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        StringJoiner columns = new StringJoiner(", ", "{", "}");
        seed.columnTypes().forEach((name, type) -> columns.add("'" + name + "': '" + type + "'"));
        String path = dir.resolve(seed.file()).toString().replace("'", "''");
        s.execute("CREATE TABLE " + schema + "." + seed.target().table() + " AS SELECT * FROM read_csv('" + path
            + "', header = true, types = " + columns + ")");
      }
      VarSubstitution vars = new VarSubstitution(Map.of());
      for (String name : compiled.dag().topologicalOrder()) {
        Model m = project.model(name).orElseThrow();
        String sql = vars.apply(m).sql();
        boolean view = m.strategy() instanceof Strategy.View || m.strategy() instanceof Strategy.Ephemeral;
        s.execute("CREATE " + (view ? "VIEW " : "TABLE ") + name + " AS " + sql);
      }
    }
  }

  static long count(Connection c, String query) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static double number(Connection c, String query) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getDouble(1);
    }
  }
}
