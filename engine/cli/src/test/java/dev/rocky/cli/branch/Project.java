package dev.rocky.cli.branch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * A small payments project on a DuckDB file, and the CLI in process on it (JSON output). Models:
 * {@code stg_payments} (full refresh), {@code fct_revenue} (per customer), {@code rpt_revenue}
 * ({@code SELECT *} of it), {@code payments_inc} (incremental on {@code paid_at}), {@code
 * top_customers} (merge), {@code v_big} (a view) and {@code noisy} (uses {@code random()}).
 */
final class Project {
  static final String CONFIG = """
      [adapter.local]
      type = "duckdb"
      path = "warehouse.duckdb"

      [pipeline.main]
      type = "transformation"

      [pipeline.main.target]
      adapter = "local"
      """;
  static final String FCT_REVENUE = """
      SELECT customer_id, SUM(amount) AS amount, count(*) AS payments
      FROM stg_payments
      GROUP BY customer_id
      """;

  final Path root;

  private Project(Path root) {
    this.root = root;
  }

  static Project create(Path dir, String extraConfig) {
    Project p = new Project(dir.resolve("pay"));
    p.write("rocky.toml", CONFIG + extraConfig);
    p.write("sources/raw.toml", """
        [[table]]
        schema = "raw"
        name = "payments"
        columns = [
          { name = "id", type = "INTEGER", nullable = false },
          { name = "customer_id", type = "INTEGER" },
          { name = "amount", type = "DECIMAL(10,2)" },
          { name = "paid_at", type = "TIMESTAMP" },
        ]
        """);
    p.write("models/stg_payments.sql", "SELECT id, customer_id, amount, paid_at FROM raw.payments\n");
    p.write("models/fct_revenue.sql", FCT_REVENUE);
    p.write("models/rpt_revenue.sql", "SELECT * FROM fct_revenue\n");
    p.write("models/payments_inc.sql", "SELECT id, amount, paid_at FROM raw.payments\n");
    p.write("models/payments_inc.toml", "[strategy]\ntype = \"incremental\"\ntimestamp_column = \"paid_at\"\n");
    p.write("models/top_customers.sql", "SELECT customer_id, amount FROM fct_revenue WHERE amount > 10\n");
    p.write("models/top_customers.toml", "[strategy]\ntype = \"merge\"\nunique_key = [\"customer_id\"]\n");
    p.write("models/v_big.sql", "SELECT id, amount FROM stg_payments WHERE amount >= 20\n");
    p.write("models/v_big.toml", "[strategy]\ntype = \"view\"\n");
    p.write("models/noisy.sql", "SELECT id, random() AS r FROM stg_payments\n");
    p.sql("CREATE SCHEMA raw",
        "CREATE TABLE raw.payments (id INTEGER NOT NULL, customer_id INTEGER, amount DECIMAL(10,2), paid_at TIMESTAMP)",
        "INSERT INTO raw.payments VALUES (1, 1, 10.00, TIMESTAMP '2026-01-01 10:00:00'),"
            + " (2, 1, 15.50, TIMESTAMP '2026-01-02 10:00:00'), (3, 2, 30.00, TIMESTAMP '2026-01-03 10:00:00')");
    return p;
  }

  void write(String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CliRun cli(String... args) {
    return CliRun.run(root, args);
  }

  /** A command that must exit 0 and print one JSON object. */
  JsonNode ok(String... args) {
    return exits(0, args);
  }

  JsonNode exits(int code, String... args) {
    CliRun run = cli(args);
    assertThat(run.exitCode()).as("exit code of %s; stderr:%n%s%nstdout:%n%s", List.of(args), run.err(), run.out())
        .isEqualTo(code);
    try {
      return Json.mapper().readTree(run.out());
    } catch (IOException e) {
      throw new AssertionError("stdout is not JSON:\n" + run.out(), e);
    }
  }

  /** A command that must fail with exit 1 and {@code error[code]} on stderr. */
  String fails(String code, String... args) {
    CliRun run = cli(args);
    assertThat(run.exitCode()).as("stdout: %s", run.out()).isEqualTo(1);
    assertThat(run.err()).contains("error[" + code + "]");
    return run.err();
  }

  /** Each row's values joined by {@code |}. */
  List<String> rows(String query) {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
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
      throw new IllegalStateException(query + ": " + e.getMessage(), e);
    }
  }

  void sql(String... statements) {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  boolean exists(String schemaDotTable) {
    return !rows("SELECT 1 FROM information_schema.tables WHERE table_schema || '.' || table_name = '"
        + schemaDotTable + "'").isEmpty();
  }

  Path artifact(String key) {
    return root.resolve(".rocky/artifacts").resolve(key);
  }

  /** The model's execution in the newest run, as {@code rocky history} prints it. */
  JsonNode execution(String model) {
    for (JsonNode e : ok("history", "--limit", "1").path("runs").get(0).path("models_executed")) {
      if (e.path("model_name").asText().equals(model)) {
        return e;
      }
    }
    throw new AssertionError("no execution of " + model + " in the latest run");
  }

  private Connection connect() throws SQLException {
    return new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + root.resolve("warehouse.duckdb").toAbsolutePath(),
        new Properties());
  }
}
