package dev.rocky.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shop fixture is real: its seed creates the raw tables and every model's SQL runs on DuckDB
 * in dependency order (time-interval placeholders bound to a window, each model created under its
 * bare name as the references in the SQL expect).
 */
class ShopFixtureTest {
  private static final Pattern NAME_IN_SIDECAR = Pattern.compile("(?m)^name\\s*=\\s*\"([^\"]+)\"");

  @Test
  void hasTwentyModelsOrMoreInNestedDirectoriesWithDefaults() {
    Map<String, String> files = TestProjects.files(TestProjects.SHOP);
    assertThat(files.keySet().stream().filter(f -> f.endsWith(".sql") && f.startsWith("models/"))).hasSizeGreaterThanOrEqualTo(20);
    assertThat(files).containsKeys("rocky.toml", "data/seed.sql", "sources/raw.toml", "models/marts/finance/_defaults.toml");
  }

  @Test
  void everyModelRunsOnDuckDbInDependencyOrder() throws SQLException {
    Map<String, String> models = models(TestProjects.files(TestProjects.SHOP));
    List<String> order = dependencyOrder(models);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      for (String statement : TestProjects.files(TestProjects.SHOP).get("data/seed.sql").split(";")) {
        if (!statement.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
          s.execute(statement);
        }
      }
      for (String name : order) {
        String sql = models.get(name)
            .replace("@start_date", "'2026-01-01 00:00:00'")
            .replace("@end_date", "'2026-01-05 00:00:00'");
        s.execute("CREATE TABLE " + name + " AS " + sql);
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*), sum(order_amount_usd) > 0 FROM fct_orders")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(5);
        assertThat(rs.getBoolean(2)).isTrue();
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM fct_daily_revenue")) {
        rs.next();
        assertThat(rs.getInt(1)).isPositive();
      }
    }
  }

  /** Model name to SQL; the name is the sidecar's {@code name} or the file stem. */
  private static Map<String, String> models(Map<String, String> files) {
    Map<String, String> out = new LinkedHashMap<>();
    files.forEach((path, text) -> {
      if (path.startsWith("models/") && path.endsWith(".sql")) {
        String base = path.substring(0, path.length() - 4);
        String sidecar = files.getOrDefault(base + ".toml", "");
        var m = NAME_IN_SIDECAR.matcher(sidecar);
        out.put(m.find() ? m.group(1) : base.substring(base.lastIndexOf('/') + 1), text);
      }
    });
    return out;
  }

  private static List<String> dependencyOrder(Map<String, String> models) {
    Map<String, Set<String>> deps = new LinkedHashMap<>();
    models.forEach((name, sql) -> {
      Set<String> d = new LinkedHashSet<>();
      for (String other : models.keySet()) {
        if (!other.equals(name) && Pattern.compile("(?<![\\w.])" + other + "(?!\\w)").matcher(sql).find()) {
          d.add(other);
        }
      }
      deps.put(name, d);
    });
    List<String> order = new ArrayList<>();
    while (order.size() < models.size()) {
      int before = order.size();
      deps.forEach((name, d) -> {
        if (!order.contains(name) && order.containsAll(d)) {
          order.add(name);
        }
      });
      assertThat(order.size()).as("dependency cycle among %s", deps).isGreaterThan(before);
    }
    return order;
  }
}
