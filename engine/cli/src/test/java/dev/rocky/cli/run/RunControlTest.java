package dev.rocky.cli.run;

import static dev.rocky.cli.run.Runs.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.wiring.LocalWiring;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selecting models, idempotency keys, and what a person sees on a terminal, on the playground. */
class RunControlTest {
  @TempDir Path dir;
  Path demo;
  Warehouse db;

  @BeforeEach
  void seeded() {
    demo = Runs.playground(dir);
    db = Runs.warehouse(demo, "warehouse.duckdb");
    ok(demo, "seed", "--sql");
  }

  @Test
  void modelSelectorsBuildOnlyWhatTheyName() {
    JsonNode upstream = ok(demo, "run", "--model", "+dim_customers");
    assertThat(upstream.path("materializations").findValuesAsText("target_table_full_name"))
        .containsExactly("main.stg_customers", "main.stg_orders", "main.dim_customers");
    assertThat(upstream.path("filter").asText()).isEqualTo("+dim_customers");
    assertThat(db.exists("main.fct_payments")).isFalse();
    assertThat(db.exists("main.customer_revenue")).isFalse();

    JsonNode downstream = ok(demo, "run", "--model", "fct_payments+");
    assertThat(downstream.path("materializations").findValuesAsText("target_table_full_name"))
        .containsExactly("main.fct_payments", "main.customer_revenue");
    JsonNode two = ok(demo, "run", "--model", "stg_orders", "--model", "stg_customers");
    assertThat(two.path("tables_copied").asInt()).isEqualTo(2);
  }

  @Test
  void aSecondRunWithTheSameIdempotencyKeyIsSkippedAndSaysSo() {
    JsonNode first = ok(demo, "run", "--idempotency-key", "nightly-2026-01-05");
    assertThat(first.path("status").asText()).isEqualTo("Success");

    JsonNode second = ok(demo, "run", "--idempotency-key", "nightly-2026-01-05");
    assertThat(second.path("status").asText()).isEqualTo("SkippedIdempotent");
    assertThat(second.path("skipped_by_run_id").asText()).isEqualTo(first.path("run_id").asText());
    assertThat(second.path("idempotency_key").asText()).isEqualTo("nightly-2026-01-05");
    assertThat(second.path("materializations")).isEmpty();

    CliRun table = CliRun.run(demo, true, new LocalWiring(), "run", "--idempotency-key", "nightly-2026-01-05");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).startsWith("SkippedIdempotent: run " + first.path("run_id").asText())
        .contains("nothing was run");
    assertThat(ok(demo, "run", "--idempotency-key", "nightly-2026-01-06").path("status").asText()).isEqualTo("Success");
  }

  @Test
  void onATerminalProgressGoesToStderrAndTheSummaryToStdout() {
    CliRun run = CliRun.run(demo, true, new LocalWiring(), "run");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("Running 5 models in 3 layers (run-")
        .contains("layer 1/3: 2 models", "ok       fct_payments   21 rows", "layer 3/3 done: 1/1 models");
    assertThat(run.out()).startsWith("MODEL ").contains("customer_revenue  ok      12")
        .containsPattern("Success: 5 succeeded, 0 failed, 0 skipped in [0-9.]+s \\(run-");
    assertThat(run.out()).doesNotContain("{");
  }

  @Test
  void jsonModePrintsOnlyJsonOnStdoutAndNothingOnStderr() {
    for (CliRun run : new CliRun[] {
        Runs.cli(demo, "run"),
        CliRun.run(demo, true, new LocalWiring(), "-o", "json", "run"),
        Runs.cli(demo, "history"),
        Runs.cli(demo, "state"),
        Runs.cli(demo, "seed", "--sql")}) {
      assertThat(run.exitCode()).isZero();
      assertThat(Runs.json(run).path("version").asText()).isNotBlank();
      assertThat(run.out().strip()).startsWith("{").endsWith("}");
      assertThat(run.err()).isEmpty();
    }
  }
}
