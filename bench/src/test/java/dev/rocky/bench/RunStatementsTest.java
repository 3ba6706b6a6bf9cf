package dev.rocky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline of {@code rocky run}: the statements Rocky renders for a first run, written to a file
 * and read back, build every model of a generated project on a seeded DuckDB, with the generator's
 * columns.
 */
class RunStatementsTest {
  @TempDir Path dir;

  @Test
  void theStatementsOfAFirstRunBuildEveryModelWithItsColumns() throws IOException, SQLException {
    GeneratedProject project = ProjectGenerator.generate(60, 42);
    ProjectGenerator.write(project, dir);

    List<String> statements = RunStatements.of(dir);
    Path file = dir.resolve("run-statements.sql");
    RunStatements.main(new String[] {dir.toString(), file.toString()});
    assertThat(JdbcRun.read(file)).containsExactlyElementsOf(statements.stream().map(s -> s + "\n").toList());
    assertThat(statements).filteredOn(s -> s.startsWith("CREATE SCHEMA")).hasSize(60);

    Path db = dir.resolve("warehouse.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      s.execute(Files.readString(dir.resolve(GeneratedProject.SEED_SQL)));
    }
    JdbcRun.main(new String[] {db.toString(), file.toString()});

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      for (GeneratedModel model : project.models()) {
        assertThat(columnsOf(c, model.name())).as(model.name())
            .containsExactlyElementsOf(model.columns().stream().map(Column::name).toList());
      }
    }
  }

  private static List<String> columnsOf(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (var ps = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
