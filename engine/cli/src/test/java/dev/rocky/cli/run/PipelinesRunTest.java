package dev.rocky.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several transformation pipelines: ordered by depends_on, one run, failures contained along depends_on. */
class PipelinesRunTest {
  @TempDir Path dir;

  private static final String CONFIG = """
      [adapter.local]
      type = "duckdb"
      path = "warehouse.duckdb"

      # Declared first, runs second.
      [pipeline.marts]
      type = "transformation"
      models = "models/marts/**"
      depends_on = ["staging"]
      [pipeline.marts.target]
      adapter = "local"

      [pipeline.staging]
      type = "transformation"
      models = "models/staging/**"
      [pipeline.staging.target]
      adapter = "local"

      [pipeline.copy]
      type = "replication"
      [pipeline.copy.target]
      adapter = "local"
      """;

  private Path project(String stagingSql) {
    return Runs.project(dir, Map.of(
        "rocky.toml", CONFIG,
        "models/staging/stg.sql", stagingSql,
        "models/staging/_defaults.toml", "[target]\nschema = \"staging\"\n",
        "models/marts/report.sql", "SELECT 42 AS answer",
        "models/marts/_defaults.toml", "[target]\nschema = \"marts\"\n"));
  }

  @Test
  void aPipelineRunsAfterThoseItDependsOnAndIsSkippedWhenOneFails() {
    Path ok = project("SELECT 1 AS id");
    JsonNode run = Runs.ok(ok, "run");
    assertThat(run.path("materializations").findValuesAsText("target_table_full_name"))
        .containsExactly("staging.stg", "marts.report");

    JsonNode staging = Runs.ok(ok, "run", "--pipeline", "staging");
    assertThat(staging.path("materializations").findValuesAsText("target_table_full_name"))
        .containsExactly("staging.stg");
    CliRun replication = Runs.cli(ok, "run", "--pipeline", "copy");
    assertThat(replication.exitCode()).isEqualTo(1);
    assertThat(replication.err()).startsWith("error[config]: pipeline 'copy' discovers with adapter 'default', which"
        + " rocky.toml does not define");
  }

  @Test
  void aFailureInAnEarlierPipelineSkipsTheLaterOne() {
    Runs.project(dir, Map.of("data/seed.sql", "CREATE TABLE IF NOT EXISTS t AS SELECT 'x' AS v"));
    Path p = project("SELECT CAST(v AS INTEGER) AS id FROM main.t");
    Runs.ok(p, "seed", "--sql");
    CliRun run = Runs.cli(p, "run");
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode out = Runs.json(run);
    assertThat(out.path("status").asText()).isEqualTo("Failure");
    assertThat(out.path("contained").findValuesAsText("model")).containsExactly("report");
    assertThat(out.path("contained").findValuesAsText("blocked_by")).containsExactly("stg");
  }
}
