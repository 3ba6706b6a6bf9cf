package dev.rocky.app.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.compile.CompileService;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.port.CacheStore;
import dev.rocky.testkit.InMemoryProjectSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code .rocky} models go through the real loader and compiler, and their lowered SQL runs on
 * DuckDB with the meaning the pipeline says: {@code !=} keeps the rows whose value is NULL, which
 * SQL's {@code !=} drops.
 */
class RockyModelOnDuckDbTest {
  private static final String CONFIG = """
      [adapter.local]
      type = "duckdb"

      [pipeline.main]
      type = "transformation"
      models = "models/**"

      [pipeline.main.target]
      adapter = "local"
      """;
  private static final String SOURCES = """
      [[table]]
      schema = "raw"
      name = "orders"
      columns = [
        { name = "id", type = "BIGINT", nullable = false },
        { name = "customer_id", type = "BIGINT" },
        { name = "amount", type = "DECIMAL(10,2)" },
        { name = "status", type = "VARCHAR" },
        { name = "ordered_on", type = "DATE" },
      ]

      [[table]]
      schema = "raw"
      name = "customers"
      columns = [
        { name = "customer_id", type = "BIGINT", nullable = false },
        { name = "name", type = "VARCHAR" },
      ]
      """;

  private Connection db;

  @BeforeEach
  void load() throws SQLException {
    db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      s.execute("CREATE SCHEMA raw");
      s.execute("CREATE TABLE raw.orders (id BIGINT, customer_id BIGINT, amount DECIMAL(10,2), status VARCHAR, ordered_on DATE)");
      s.execute("""
          INSERT INTO raw.orders VALUES
            (1, 1, 10.00, 'completed', DATE '2025-01-02'),
            (2, 1, 25.00, 'cancelled', DATE '2025-01-03'),
            (3, 2, 40.00, NULL,        DATE '2025-01-04'),
            (4, 2, 5.00,  'completed', DATE '2024-12-30'),
            (5, 3, 99.00, NULL,        DATE '2025-02-01'),
            (6, 1, 60.00, 'completed', DATE '2025-02-02')""");
      s.execute("CREATE TABLE raw.customers (customer_id BIGINT, name VARCHAR)");
      s.execute("INSERT INTO raw.customers VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Edsger')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  private static CompileResult compile(String model, String rocky) {
    InMemoryProjectSource project = new InMemoryProjectSource("memory:/dsl")
        .put("rocky.toml", CONFIG)
        .put("sources/raw.toml", SOURCES)
        .put("models/" + model + ".rocky", rocky);
    CompileResult result = new CompileService(CacheStore.NONE, null)
        .compile(project, new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 1));
    assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    return result;
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= n; c++) {
          row.append(c > 1 ? "|" : "").append(rs.getString(c));
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  private List<String> run(String model, String rocky) throws SQLException {
    return rows(compile(model, rocky).project().model(model).orElseThrow().sql());
  }

  @Test
  void nullSafeNotEqualKeepsTheRowsSqlNotEqualDrops() throws SQLException {
    List<String> dsl = run("not_cancelled", """
        from raw.orders
        where status != "cancelled"
        select { id }
        sort id
        """);
    List<String> sql = rows("SELECT id FROM raw.orders WHERE status != 'cancelled' ORDER BY id");

    assertThat(sql).containsExactly("1", "4", "6");
    assertThat(dsl).containsExactly("1", "3", "4", "5", "6");
    assertThat(dsl).containsAll(sql);
    assertThat(dsl).hasSize(sql.size() + 2);
  }

  @Test
  void groupThenWhereFiltersGroupsAndTypesTheOutput() throws SQLException {
    CompileResult compiled = compile("big_customers", """
        from raw.orders
        where ordered_on >= @2025-01-01
        group customer_id { revenue: sum(amount), orders: count() }
        where revenue > 50
        sort -revenue
        """);
    assertThat(compiled.schemas().get("big_customers").columns()).extracting(c -> c.name() + ":" + c.type().isNumeric())
        .containsExactly("customer_id:true", "revenue:true", "orders:true");
    assertThat(rows(compiled.project().model("big_customers").orElseThrow().sql()))
        .containsExactly("3|99.00|1", "1|95.00|3");
  }

  @Test
  void windowsMatchJoinsAndLetsRun() throws SQLException {
    assertThat(run("latest", """
        let ranked = from raw.orders
          | derive { rn: row_number() over (partition customer_id, sort -ordered_on) }
        from ranked
        where rn == 1
        join raw.customers as c on customer_id { keep c.name }
        derive { size: match amount { >= 50 => "large", _ => "small" } }
        select { name, id, size }
        sort name
        """)).containsExactly("Ada|6|large", "Edsger|5|large", "Grace|3|small");
  }
}
