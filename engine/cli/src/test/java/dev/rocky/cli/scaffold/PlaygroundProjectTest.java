package dev.rocky.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypeNames;
import dev.rocky.core.types.TypeRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playground is real: its seed runs on DuckDB, its committed source schemas are what the seed
 * creates, every model runs in dependency order, and the data honours the mart's contract.
 */
class PlaygroundProjectTest {
  private static final TomlMapper TOML = new TomlMapper();
  private static final Pattern RAW_REF = Pattern.compile("\\braw\\.(\\w+)", Pattern.CASE_INSENSITIVE);

  @TempDir Path dir;
  private Path project;
  private Connection db;

  record Column(String name, String type, boolean nullable) {}

  @BeforeEach
  void scaffoldAndSeed() throws Exception {
    project = Scaffolder.write(Template.PLAYGROUND, dir.resolve("demo"), "demo", Scaffolder.Policy.EMPTY_DIRECTORY).path();
    // The driver directly: DriverManager would also initialise every other JDBC driver on the class path (Calcite's).
    db = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties());
    try (Statement s = db.createStatement()) {
      s.execute(Files.readString(project.resolve("data/seed.sql")));
    }
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  @Test
  void sourceSchemasMatchWhatTheSeedCreates() throws Exception {
    Map<String, List<Column>> declared = new TreeMap<>();
    for (JsonNode table : TOML.readTree(project.resolve("sources/raw.toml").toFile()).get("table")) {
      assertThat(table.get("schema").asText()).isEqualTo("raw");
      List<Column> columns = new ArrayList<>();
      for (JsonNode c : table.get("columns")) {
        columns.add(new Column(c.get("name").asText(), c.get("type").asText(), !c.has("nullable") || c.get("nullable").asBoolean()));
      }
      declared.put(table.get("name").asText(), columns);
    }

    assertThat(declared.keySet()).containsExactly("customers", "orders", "payments");
    assertThat(tablesIn("raw")).isEqualTo(declared.keySet());
    for (Map.Entry<String, List<Column>> table : declared.entrySet()) {
      assertThat(columnsOf("raw", table.getKey())).as("raw.%s", table.getKey()).isEqualTo(table.getValue());
    }
  }

  @Test
  void everyModelRunsOnDuckDbInDependencyOrder() throws Exception {
    Map<String, String> models = models();
    assertThat(models.keySet())
        .containsExactlyInAnyOrder("stg_customers", "stg_orders", "fct_payments", "dim_customers", "customer_revenue");
    Map<String, Set<String>> deps = dependencies(models);
    assertThat(deps.get("customer_revenue")).containsExactly("dim_customers", "fct_payments");
    assertThat(deps.get("stg_customers")).isEmpty();

    List<String> order = topologicalOrder(deps);
    assertThat(order).hasSize(models.size());
    for (String name : order) {
      try (Statement s = db.createStatement()) {
        s.execute("CREATE TABLE " + name + " AS " + models.get(name));
      }
      assertThat(count("SELECT COUNT(*) FROM " + name)).as("rows of %s", name).isPositive();
    }

    assertThat(count("SELECT COUNT(*) FROM stg_orders WHERE status = 'test'")).isZero();
    assertThat(count("SELECT COUNT(*) FROM fct_payments WHERE order_id = 1017")).isZero();
    assertThat(count("SELECT COUNT(*) FROM customer_revenue")).isEqualTo(count("SELECT COUNT(*) FROM raw.customers"));
    assertThat(decimal("SELECT SUM(revenue) FROM customer_revenue")).isEqualTo(decimal(
        "SELECT SUM(p.amount) FROM raw.payments p JOIN raw.orders o ON o.id = p.order_id "
            + "WHERE p.status = 'succeeded' AND LOWER(o.status) <> 'test'"));
  }

  @Test
  void modelsReadOnlyDeclaredRawTables() throws Exception {
    Set<String> sources = tablesIn("raw");
    for (Map.Entry<String, String> model : models().entrySet()) {
      Matcher m = RAW_REF.matcher(model.getValue());
      while (m.find()) {
        assertThat(sources).as("raw table read by %s", model.getKey()).contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  @Test
  void theMartHonoursItsContract() throws Exception {
    Map<String, Set<String>> deps = dependencies(models());
    for (String name : topologicalOrder(deps)) {
      try (Statement s = db.createStatement()) {
        s.execute("CREATE TABLE " + name + " AS " + models().get(name));
      }
    }
    JsonNode contract = TOML.readTree(project.resolve("models/customer_revenue.contract.toml").toFile());
    Map<String, Column> actual = new LinkedHashMap<>();
    for (Column c : columnsOf("main", "customer_revenue")) {
      actual.put(c.name(), c);
    }
    for (JsonNode declared : contract.get("columns")) {
      String name = declared.get("name").asText();
      assertThat(actual).containsKey(name);
      RockyType type = TypeNames.fromSql(actual.get(name).type());
      assertThat(TypeRules.matchesContract(type, declared.get("type").asText()))
          .as("%s is %s, contract says %s", name, type.typeName(), declared.get("type").asText()).isTrue();
      if (declared.has("nullable") && !declared.get("nullable").asBoolean()) {
        assertThat(count("SELECT COUNT(*) FROM customer_revenue WHERE " + name + " IS NULL")).isZero();
      }
    }
    for (String rule : List.of("required", "protected")) {
      for (JsonNode column : contract.at("/rules/" + rule)) {
        assertThat(actual).containsKey(column.asText());
      }
    }
  }

  @Test
  void sidecarsAndConfigurationShowTheMainFeatures() throws Exception {
    Map<String, Set<String>> deps = dependencies(models());
    for (String name : topologicalOrder(deps)) {
      try (Statement s = db.createStatement()) {
        s.execute("CREATE TABLE " + name + " AS " + models().get(name));
      }
    }
    JsonNode config = TOML.readTree(project.resolve("rocky.toml").toFile());
    assertThat(config.at("/adapter/local/type").asText()).isEqualTo("duckdb");
    assertThat(config.at("/pipeline/shop/type").asText()).isEqualTo("transformation");
    assertThat(config.at("/pipeline/shop/target/adapter").asText()).isEqualTo("local");
    assertThat(config.at("/budget/on_breach").asText()).isIn("warn", "error");
    assertThat(config.at("/budget/max_duration_ms").asLong()).isPositive();

    JsonNode incremental = sidecar("fct_payments");
    assertThat(incremental.at("/strategy/type").asText()).isEqualTo("incremental");
    assertThat(outputColumns("fct_payments")).contains(incremental.at("/strategy/timestamp_column").asText());

    JsonNode merge = sidecar("dim_customers");
    assertThat(merge.at("/strategy/type").asText()).isEqualTo("merge");
    for (JsonNode key : merge.at("/strategy/unique_key")) {
      assertThat(outputColumns("dim_customers")).contains(key.asText());
    }

    Set<String> tags = new TreeSet<>();
    for (String model : models().keySet()) {
      JsonNode classification = sidecar(model).path("classification");
      for (Map.Entry<String, JsonNode> column : classification.properties()) {
        assertThat(outputColumns(model)).as("classified column of %s", model).contains(column.getKey());
        tags.add(column.getValue().asText());
      }
    }
    assertThat(tags).contains("pii");
    for (String tag : tags) {
      assertThat(config.at("/mask/" + tag).asText()).as("[mask] %s", tag).isIn("hash", "redact", "partial", "none");
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Map<String, String> models() throws IOException {
    Map<String, String> models = new TreeMap<>();
    try (Stream<Path> files = Files.walk(project.resolve("models"))) {
      for (Path sql : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
        String name = sql.getFileName().toString().replaceFirst("\\.sql$", "");
        models.put(name, Files.readString(sql));
      }
    }
    return models;
  }

  private JsonNode sidecar(String model) throws IOException {
    Path file = project.resolve("models/" + model + ".toml");
    return Files.exists(file) ? TOML.readTree(file.toFile()) : TOML.createObjectNode();
  }

  /** Upstream models of each model: other models' bare names in its SQL (comments and strings removed). */
  private static Map<String, Set<String>> dependencies(Map<String, String> models) {
    Map<String, Set<String>> deps = new TreeMap<>();
    for (Map.Entry<String, String> model : models.entrySet()) {
      String code = model.getValue().replaceAll("--[^\n]*", " ").replaceAll("'[^']*'", "''");
      Set<String> upstream = new TreeSet<>();
      for (String other : models.keySet()) {
        if (!other.equals(model.getKey()) && Pattern.compile("(?<![\\w.])" + other + "\\b").matcher(code).find()) {
          upstream.add(other);
        }
      }
      deps.put(model.getKey(), upstream);
    }
    return deps;
  }

  private static List<String> topologicalOrder(Map<String, Set<String>> deps) {
    List<String> order = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    while (order.size() < deps.size()) {
      List<String> ready = deps.entrySet().stream()
          .filter(e -> !done.contains(e.getKey()) && done.containsAll(e.getValue()))
          .map(Map.Entry::getKey)
          .toList();
      assertThat(ready).as("a dependency cycle among %s", deps).isNotEmpty();
      order.addAll(ready);
      done.addAll(ready);
    }
    return order;
  }

  private Set<String> tablesIn(String schema) throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (var ps = db.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
    }
    return tables;
  }

  private List<Column> columnsOf(String schema, String table) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (var ps = db.prepareStatement("SELECT column_name, data_type, is_nullable FROM information_schema.columns "
        + "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
      ps.setString(1, schema);
      ps.setString(2, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(new Column(rs.getString(1), rs.getString(2), rs.getString(3).equals("YES")));
        }
      }
    }
    return columns;
  }

  private List<String> outputColumns(String model) throws SQLException {
    return columnsOf("main", model).stream().map(Column::name).toList();
  }

  private long count(String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private java.math.BigDecimal decimal(String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getBigDecimal(1);
    }
  }
}
