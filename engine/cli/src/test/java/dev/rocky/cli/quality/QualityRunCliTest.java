package dev.rocky.cli.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rocky run with checks: a quality pipeline with --pipeline, and the checks of a transformation pipeline. */
class QualityRunCliTest {
  @TempDir Path dir;
  Path project;
  Path db;

  @BeforeEach
  void seed() {
    project = Cli.quality(dir);
    db = project.resolve("quality.duckdb");
    Cli.json(project, 0, "seed", "--sql");
  }

  @Test
  void theQualityPipelineQuarantinesTheFourBadOrdersAndFailsTheRun() {
    JsonNode run = Cli.json(project, 1, "run", "--pipeline", "dq");

    assertThat(run.path("command").asText()).isEqualTo("run");
    assertThat(run.path("status").asText()).isEqualTo("Failure");
    assertThat(run.path("materializations")).isEmpty();
    assertThat(Cli.check(run, "raw.orders", "not_null:customer_id").path("failing_rows").asLong()).isEqualTo(2);
    assertThat(Cli.check(run, "raw.orders", "not_null:customer_id").path("severity").asText()).isEqualTo("error");
    assertThat(Cli.check(run, "raw.orders", "accepted_values:status").path("passed").asBoolean()).isFalse();
    assertThat(Cli.check(run, "raw.orders", "row_count").path("target_count").asLong()).isEqualTo(200);
    JsonNode q = run.path("quarantine").get(0);
    assertThat(q.path("valid_rows").asLong()).isEqualTo(196);
    assertThat(q.path("quarantined_rows").asLong()).isEqualTo(4);
    assertThat(q.path("valid_table").asText()).isEqualTo("raw.orders__valid");
    assertThat(Cli.rows(db, "SELECT id FROM raw.orders__quarantine WHERE _error_in_range_amount IS NOT NULL"))
        .containsExactly("150");

    JsonNode history = Cli.json(project, 0, "history");
    assertThat(history.toString()).contains("\"check_outcomes\"").contains("not_null:customer_id");
  }

  @Test
  void withFailOnErrorFalseTheSameRunSucceedsAndReports() {
    Cli.write(project, "rocky.toml", read("rocky.toml").replace("fail_on_error = true", "fail_on_error = false"));

    JsonNode run = Cli.json(project, 0, "run", "--pipeline", "dq");

    assertThat(run.path("status").asText()).isEqualTo("Success");
    assertThat(Cli.check(run, "raw.orders", "in_range:amount").path("passed").asBoolean()).isFalse();
    assertThat(run.path("quarantine").get(0).path("quarantined_rows").asLong()).isEqualTo(4);
  }

  @Test
  void inTableModeTheChecksAndTheQuarantineArePrinted() {
    CliRun run = Cli.run(project, "run", "--pipeline", "dq", "-o", "table");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("not_null:customer_id").contains("FAIL").contains("failing_rows=2")
        .contains("quarantine (split): raw.orders -> raw.orders__valid (196 rows), raw.orders__quarantine (4 rows)")
        .contains("Failure: quality pipeline dq checked 1 table(s), 3 check(s) failed");
  }

  @Test
  void aTransformationRunChecksItsModelsAfterBuildingThem() {
    JsonNode run = Cli.json(project, 0, "run");

    assertThat(run.path("status").asText()).isEqualTo("Success");
    assertThat(Cli.check(run, "main.customer_totals", "unique:customer_id").path("passed").asBoolean()).isTrue();
    JsonNode nulls = Cli.check(run, "main.stg_orders", "not_null:customer_id");
    assertThat(nulls.path("passed").asBoolean()).isFalse();
    assertThat(nulls.path("severity").asText()).isEqualTo("warning");
    assertThat(Cli.check(run, "main.stg_orders", "null_rate:customer_id").path("null_rate").asDouble()).isEqualTo(0.01);
    assertThat(Cli.check(run, "main.stg_orders", "anomaly").path("passed").asBoolean()).isTrue();

    Cli.write(project, "models/stg_orders.sql", "SELECT * FROM (" + read("models/stg_orders.sql") + ") WHERE order_id <= 20");
    JsonNode second = Cli.json(project, 0, "run");
    assertThat(second.path("status").asText()).as("an anomaly warns").isEqualTo("Success");
    assertThat(second.path("anomalies").findValuesAsText("table")).containsExactly("main.stg_orders", "main.customer_totals");
    JsonNode a = second.path("anomalies").get(0);
    assertThat(a.path("current_count").asLong()).isEqualTo(20);
    assertThat(a.path("baseline_avg").asDouble()).isEqualTo(200.0);
    assertThat(a.path("reason").asText()).isEqualTo("row count 20 is 90.0% away from the mean 200.0 of the last run"
        + " (threshold 50.0%)");
  }

  @Test
  void aMalformedAssertionStopsTheRunWithACodedError() {
    Cli.write(project, "rocky.toml", read("rocky.toml").replace("type = \"unique\"\ncolumn = \"customer_id\"",
        "type = \"uniq\"\ncolumn = \"customer_id\""));

    CliRun run = Cli.run(project, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error[quality_invalid_config]: pipeline 'shop' assertion 1: unknown assertion type 'uniq'")
        .doesNotContain("Exception");
  }

  private String read(String file) {
    try {
      return java.nio.file.Files.readString(project.resolve(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
