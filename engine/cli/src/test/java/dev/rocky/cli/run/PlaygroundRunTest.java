package dev.rocky.cli.run;

import static dev.rocky.cli.run.Runs.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job: the playground seeded and run on DuckDB, then run again. */
class PlaygroundRunTest {
  @TempDir Path dir;
  Path demo;
  Warehouse db;

  @BeforeEach
  void scaffold() {
    demo = Runs.playground(dir);
    db = Runs.warehouse(demo, "warehouse.duckdb");
  }

  @Test
  void seedAndRunBuildEveryModelAndASecondRunAddsNothingTwice() {
    JsonNode seed = ok(demo, "seed", "--sql");
    assertThat(seed.path("command").asText()).isEqualTo("seed");
    assertThat(db.count("raw.payments")).isEqualTo(25);

    JsonNode first = ok(demo, "run");
    assertThat(first.path("status").asText()).isEqualTo("Success");
    assertThat(first.path("tables_copied").asInt()).isEqualTo(5);
    assertThat(first.path("materializations")).hasSize(5);
    assertThat(first.path("materializations").findValuesAsText("target_table_full_name")).containsExactly(
        "main.stg_customers", "main.stg_orders", "main.dim_customers", "main.fct_payments", "main.customer_revenue");
    assertCounts();
    // 25 payments: 3 failed or refunded, one of the test order; the test order itself is gone.
    assertThat(db.count("main.fct_payments")).isEqualTo(21);
    assertThat(db.one("SELECT sum(revenue) = (SELECT sum(amount) FROM main.fct_payments) FROM main.customer_revenue"))
        .isEqualTo("true");
    assertThat(db.one("SELECT order_count FROM main.dim_customers WHERE customer_id = 1")).isEqualTo("3");

    // The README's line again: the seed replaces the raw tables, the run finds nothing newer.
    ok(demo, "seed", "--sql");
    JsonNode second = ok(demo, "run");
    assertThat(second.path("status").asText()).isEqualTo("Success");
    JsonNode payments = materialization(second, "main.fct_payments");
    assertThat(payments.path("rows_copied").asLong()).isZero();
    assertThat(payments.path("metadata").path("watermark").asText()).isEqualTo("2025-07-05T13:57:44Z");
    assertCounts();
    assertThat(db.one("SELECT count(DISTINCT payment_id) FROM main.fct_payments")).isEqualTo("21");

    // New data: one late payment and a customer who moved. The incremental appends the payment once,
    // the merge updates the customer's row in place.
    db.execute("INSERT INTO raw.payments VALUES (5026, 1019, 'card', 'succeeded', 66.60, TIMESTAMP '2025-07-09 10:00:00')",
        "UPDATE raw.customers SET country = 'pt' WHERE id = 5");
    JsonNode third = ok(demo, "run");
    assertThat(materialization(third, "main.fct_payments").path("rows_copied").asLong()).isEqualTo(1);
    assertThat(db.count("main.fct_payments")).isEqualTo(22);
    assertThat(db.count("main.dim_customers")).isEqualTo(12);
    assertThat(db.one("SELECT country FROM main.dim_customers WHERE customer_id = 5")).isEqualTo("PT");
    assertThat(db.one("SELECT revenue FROM main.customer_revenue WHERE customer_id = 6")).isEqualTo("139.80");
  }

  @Test
  void theMainJobCommandLineWorksTwice() {
    Path cwd = dir.resolve("again");
    Path again = cwd.resolve("demo");
    for (int i = 0; i < 2; i++) {
      assertThat(Runs.cli(cwd, "playground", "demo").exitCode()).as("playground, pass %d", i).isZero();
      ok(again, "validate");
      ok(again, "compile");
      ok(again, "seed", "--sql");
      assertThat(ok(again, "run").path("status").asText()).isEqualTo("Success");
      assertThat(ok(again, "compliance", "--fail-on", "exception").path("summary").path("total_exceptions").asInt())
          .isZero();
    }
    Warehouse twice = Runs.warehouse(again, "warehouse.duckdb");
    assertThat(twice.count("main.fct_payments")).isEqualTo(21);
    assertThat(twice.count("main.dim_customers")).isEqualTo(12);
    assertThat(twice.one("SELECT email = sha256('ada@example.com') OR email ~ '^[0-9a-f]{64}$' FROM main_masked.dim_customers"
        + " LIMIT 1")).isEqualTo("true");
  }

  private void assertCounts() {
    assertThat(db.count("main.stg_customers")).isEqualTo(12);
    assertThat(db.count("main.stg_orders")).isEqualTo(24);
    assertThat(db.count("main.dim_customers")).isEqualTo(12);
    assertThat(db.count("main.customer_revenue")).isEqualTo(12);
    assertThat(db.count("main.fct_payments")).isBetween(21L, 22L);
  }

  static JsonNode materialization(JsonNode run, String table) {
    for (JsonNode m : run.path("materializations")) {
      if (m.path("metadata").path("target_table_full_name").asText().equals(table)) {
        return m;
      }
    }
    throw new AssertionError("no materialization of " + table + " in " + run);
  }
}
