package dev.rocky.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.wiring.LocalWiring;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures through the command line: a model failing on the warehouse, and compile errors. */
class RunFailuresTest {
  @TempDir Path dir;

  private static final String SEED = """
      CREATE SCHEMA IF NOT EXISTS raw;
      CREATE OR REPLACE TABLE raw.codes AS SELECT * FROM (VALUES (1, '10'), (2, 'x')) AS v(id, code);
      """;

  /** base (staging) -> bad (fails at run time) -> bad_child; base -> good_child (marts). */
  private Path project(String badSql) {
    return Runs.project(dir, Map.of(
        "data/seed.sql", SEED,
        "models/base.sql", "SELECT id, code FROM raw.codes",
        "models/base.toml", "[target]\nschema = \"staging\"\n",
        "models/bad.sql", badSql,
        "models/bad_child.sql", "SELECT id, n FROM bad",
        "models/good_child.sql", "SELECT id FROM base WHERE id > 0",
        "models/good_child.toml", "[target]\nschema = \"marts\"\n"));
  }

  @Test
  void aModelFailingOnTheWarehouseFailsOnlyItsBranchWithExitTwoAndJsonStillPrinted() {
    Path p = project("SELECT id, CAST(code AS INTEGER) AS n FROM base");
    Runs.ok(p, "seed", "--sql");

    CliRun run = Runs.cli(p, "run");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    JsonNode out = Runs.json(run);
    assertThat(out.path("status").asText()).isEqualTo("PartialFailure");
    assertThat(out.path("tables_copied").asInt()).isEqualTo(2);
    assertThat(out.path("tables_failed").asInt()).isEqualTo(1);
    assertThat(out.path("tables_skipped").asInt()).isEqualTo(1);
    JsonNode error = out.path("errors").get(0);
    assertThat(error.path("model").asText()).isEqualTo("bad");
    assertThat(error.path("error").asText()).startsWith("models/bad.sql: ").contains("Conversion Error");
    assertThat(out.path("contained").get(0).path("model").asText()).isEqualTo("bad_child");
    assertThat(out.path("contained").get(0).path("blocked_by").asText()).isEqualTo("bad");
    Warehouse db = Runs.warehouse(p, "warehouse.duckdb");
    assertThat(db.count("marts.good_child")).isEqualTo(2);
    assertThat(db.exists("main.bad")).isFalse();
    assertThat(db.exists("main.bad_child")).isFalse();
    assertThat(run.err()).isEmpty();

    // The same on a terminal: the failure as it happens (stderr), and in the summary (stdout).
    CliRun watched = CliRun.run(p, true, new LocalWiring(), "run");
    assertThat(watched.exitCode()).isEqualTo(2);
    assertThat(watched.err()).contains("FAILED   bad", "models/bad.sql: ", "skipped  bad_child");
    assertThat(watched.out()).contains("error: bad: models/bad.sql: ", "PartialFailure: 2 succeeded, 1 failed, 1 skipped");
  }

  @Test
  void compileErrorsStopTheRunBeforeAnythingRuns() {
    Path p = project("SELEC id FROM base");

    CliRun run = Runs.cli(p, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode out = Runs.json(run);
    assertThat(out.path("command").asText()).isEqualTo("run");
    assertThat(out.path("status").asText()).isEqualTo("Failure");
    assertThat(out.path("has_errors").asBoolean()).isTrue();
    assertThat(out.path("diagnostics").findValuesAsText("code")).containsExactly("E004");
    assertThat(p.resolve("warehouse.duckdb")).doesNotExist();
    assertThat(p.resolve(".rocky/state.sqlite")).doesNotExist();

    CliRun table = Runs.cli(p, "-o", "table", "run");
    assertThat(table.exitCode()).isEqualTo(1);
    assertThat(table.out()).contains("error[E004]", "--> models/bad.sql:1:1", "nothing was run");
  }

  @Test
  void badFlagsAndConfigurationAreOneLineErrors() {
    Path p = project("SELECT 1 AS id, 2 AS n");
    CliRun parallel = Runs.cli(p, "run", "--parallel", "0");
    assertThat(parallel.exitCode()).isEqualTo(1);
    assertThat(parallel.err()).startsWith("error[usage]: --parallel must be at least 1").doesNotContain("Exception");
    CliRun partitions = Runs.cli(p, "run", "--latest", "--missing");
    assertThat(partitions.err()).startsWith("error[usage]: choose one of --partition");
    CliRun pipeline = Runs.cli(p, "run", "--pipeline", "nope");
    assertThat(pipeline.err()).startsWith("error[usage]: no pipeline named 'nope'").contains("the pipelines are: main");
    CliRun model = Runs.cli(p, "run", "--model", "nope");
    assertThat(model.exitCode()).isEqualTo(1);
    assertThat(model.err()).contains("nope").doesNotContain("Exception");
    assertThat(Runs.cli(p, "seed").err()).startsWith("error[config]: the project has no seeds/*.csv");
    assertThat(p.resolve("warehouse.duckdb")).doesNotExist();
  }
}
