package dev.rocky.cli.run;

import static dev.rocky.cli.run.Runs.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop fixture end to end: 27 models in staging, intermediate, marts, finance and marketing
 * schemas that read each other by bare name, every strategy but microbatch, on one DuckDB file.
 */
class ShopRunTest {
  @TempDir Path dir;

  @Test
  void runsEveryModelAcrossSchemasAndAgainWithoutDuplicates() {
    Path shop = Runs.shop(dir);
    Warehouse db = Runs.warehouse(shop, "shop.duckdb");
    ok(shop, "seed", "--sql");

    JsonNode first = ok(shop, "run", "--from", "2026-01-01", "--to", "2026-01-05");
    assertThat(first.path("status").asText()).as("%s", first.path("errors")).isEqualTo("Success");
    // 27 models, one of them ephemeral (inlined, never built).
    assertThat(first.path("tables_copied").asInt()).isEqualTo(26);
    assertThat(first.path("model_decisions").findValuesAsText("model")).doesNotContain("int_fx_latest");
    assertThat(db.rows("SELECT table_schema, count(*) FROM information_schema.tables"
        + " WHERE table_schema <> 'raw' GROUP BY 1 ORDER BY 1")).containsExactly(
        "finance|3", "finance_masked|3", "intermediate|7", "intermediate_masked|7", "marketing|2", "marketing_masked|2",
        "marts|5", "marts_masked|5", "staging|9", "staging_masked|9");
    assertThat(db.count("marts.fct_orders")).isEqualTo(5);
    assertThat(db.count("intermediate.int_orders_enriched")).isEqualTo(5);
    assertThat(db.count("staging.stg_orders")).isEqualTo(5);
    // Three order days in the window have orders that were not cancelled.
    assertThat(db.rows("SELECT order_date, orders FROM finance.fct_daily_revenue ORDER BY 1"))
        .containsExactly("2026-01-02|2", "2026-01-03|1", "2026-01-04|1");
    assertThat(db.count("marketing.customer_lifetime_value")).isEqualTo(db.count("marts.dim_customers"));
    for (JsonNode summary : first.path("partition_summaries")) {
      assertThat(summary.path("partitions_failed").asInt()).isZero();
      if (summary.path("model").asText().equals("fct_daily_revenue")) {
        assertThat(summary.path("partitions_succeeded").asInt()).isEqualTo(5);
      }
    }

    JsonNode second = ok(shop, "run");
    assertThat(second.path("status").asText()).as("%s", second.path("errors")).isEqualTo("Success");
    assertThat(db.count("marts.fct_orders")).isEqualTo(5);
    assertThat(db.count("staging.stg_orders")).isEqualTo(5);
    assertThat(db.one("SELECT count(DISTINCT order_id) FROM staging.stg_orders")).isEqualTo("5");
    assertThat(db.count("finance.fct_daily_revenue")).isEqualTo(3);

    JsonNode state = ok(shop, "state");
    assertThat(state.path("watermarks").findValuesAsText("table")).contains("staging.stg_orders");
    assertThat(state.path("partitions").findValuesAsText("model_name")).contains("fct_daily_revenue", "stg_web_events");
  }
}
