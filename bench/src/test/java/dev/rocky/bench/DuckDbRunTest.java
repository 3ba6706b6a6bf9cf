package dev.rocky.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every generated model runs on DuckDB: the seed script creates the raw tables, then each model
 * file, read back from disk, runs as {@code CREATE TABLE <name> AS <sql>} in an order derived
 * from the SQL itself. Each table's columns and types must be what the generator said.
 */
class DuckDbRunTest {
  private static final Pattern REFERENCE = Pattern.compile("\\b(?:FROM|JOIN)\\s+([A-Za-z_][A-Za-z0-9_.]*)");
  private static final Pattern CTE = Pattern.compile("\\bWITH\\s+(\\w+)\\s+AS\\s*\\(");
  private static final Pattern TOML_TABLE = Pattern.compile("\\[\\[table]]\\nschema = \"(\\w+)\"\\nname = \"(\\w+)\"\\ncolumns = \\[\\n((?:  \\{[^\\n]*\\n)*)]");
  private static final Pattern TOML_COLUMN = Pattern.compile("\\{ name = \"(\\w+)\", type = \"([^\"]+)\"(, nullable = false)? }");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {42, 20260101})
  void everyModelOfA200ModelProjectRunsOnDuckDb(long seed) throws IOException, SQLException {
    GeneratedProject project = ProjectGenerator.generate(200, seed);
    ProjectGenerator.write(project, dir);
    Map<String, String> sql = readModels(dir.resolve("models"));
    assertThat(sql).hasSize(200);

    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement st = db.createStatement()) {
        st.execute(Files.readString(dir.resolve(GeneratedProject.SEED_SQL)));
      }
      assertThat(columnsIn(db, "raw")).isEqualTo(declaredRawTables(Files.readString(dir.resolve(GeneratedProject.SOURCES_TOML))));

      Map<String, List<String>> deps = dependencies(sql);
      List<String> order = topologicalOrder(deps);
      for (String model : order) {
        try (Statement st = db.createStatement()) {
          st.execute("CREATE TABLE " + model + " AS\n" + sql.get(model));
        } catch (SQLException e) {
          fail("model %s failed on DuckDB: %s%n%s", model, e.getMessage(), sql.get(model));
        }
      }

      Map<String, List<String>> actual = columnsIn(db, "main");
      Map<String, Integer> depth = depths(order, deps);
      int martsWithRows = 0;
      for (GeneratedModel m : project.models()) {
        assertThat(actual.get(m.name())).as("columns of %s", m.name())
            .containsExactlyElementsOf(m.columns().stream().map(c -> c.name() + " " + c.type().sql()).toList());
        assertThat(depth.get(m.name())).as("depth of %s", m.name()).isEqualTo(m.depth());
        if (m.kind() == ModelKind.MART && rowCount(db, m.name()) > 0) {
          martsWithRows++;
        }
      }
      // Data flows end to end through most of the DAG, so runtime casts and joins are exercised too.
      assertThat(martsWithRows).isGreaterThan(project.models(ModelKind.MART).size() / 2);
    }
  }

  private static Map<String, String> readModels(Path models) throws IOException {
    Map<String, String> sql = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(models)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".sql")).toList()) {
        String file = p.getFileName().toString();
        assertThat(sql.put(file.substring(0, file.length() - 4), Files.readString(p))).as("duplicate %s", file).isNull();
      }
    }
    return sql;
  }

  /** Upstream models of each model, found in its SQL: FROM/JOIN targets minus raw tables and CTEs. */
  private static Map<String, List<String>> dependencies(Map<String, String> sql) {
    Map<String, List<String>> deps = new TreeMap<>();
    sql.forEach((model, text) -> {
      Set<String> ctes = new LinkedHashSet<>();
      CTE.matcher(text).results().forEach(r -> ctes.add(r.group(1)));
      Set<String> up = new LinkedHashSet<>();
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        String ref = m.group(1);
        if (ref.startsWith("raw.") || ctes.contains(ref)) {
          continue;
        }
        assertThat(sql).as("%s references %s", model, ref).containsKey(ref);
        up.add(ref);
      }
      deps.put(model, List.copyOf(up));
    });
    return deps;
  }

  private static List<String> topologicalOrder(Map<String, List<String>> deps) {
    Map<String, Integer> waiting = new HashMap<>();
    Map<String, List<String>> downstream = new HashMap<>();
    Deque<String> ready = new ArrayDeque<>();
    deps.forEach((model, up) -> {
      waiting.put(model, up.size());
      up.forEach(u -> downstream.computeIfAbsent(u, k -> new ArrayList<>()).add(model));
      if (up.isEmpty()) {
        ready.add(model);
      }
    });
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String model = ready.poll();
      order.add(model);
      for (String d : downstream.getOrDefault(model, List.of())) {
        if (waiting.merge(d, -1, Integer::sum) == 0) {
          ready.add(d);
        }
      }
    }
    assertThat(order).as("the DAG has no cycle").hasSameSizeAs(deps.keySet());
    return order;
  }

  private static Map<String, Integer> depths(List<String> order, Map<String, List<String>> deps) {
    Map<String, Integer> depth = new HashMap<>();
    for (String model : order) {
      depth.put(model, 1 + deps.get(model).stream().mapToInt(depth::get).max().orElse(0));
    }
    return depth;
  }

  /** Table name to its columns as "name TYPE", in ordinal order, for one schema. */
  private static Map<String, List<String>> columnsIn(Connection db, String schema) throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    String q = "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
        + "WHERE table_schema = ? ORDER BY table_name, ordinal_position";
    try (PreparedStatement ps = db.prepareStatement(q)) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String nullable = schema.equals("raw") && "NO".equals(rs.getString(4)) ? " NOT NULL" : "";
          tables.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2) + " " + rs.getString(3) + nullable);
        }
      }
    }
    return tables;
  }

  private static Map<String, List<String>> declaredRawTables(String toml) {
    Map<String, List<String>> tables = new TreeMap<>();
    Matcher t = TOML_TABLE.matcher(toml);
    while (t.find()) {
      assertThat(t.group(1)).isEqualTo("raw");
      List<String> columns = new ArrayList<>();
      Matcher c = TOML_COLUMN.matcher(t.group(3));
      while (c.find()) {
        columns.add(c.group(1) + " " + c.group(2) + (c.group(3) == null ? "" : " NOT NULL"));
      }
      tables.put(t.group(2), columns);
    }
    assertThat(tables).isNotEmpty();
    return tables;
  }

  private static long rowCount(Connection db, String table) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
