package dev.rocky.cli.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The playground's check and unit test: the README's main job checks the tables, rocky test runs the unit test. */
class PlaygroundQualityTest {
  @TempDir Path dir;

  @Test
  void theMainJobChecksEveryTableAndTheAssertionsPass() {
    Path demo = Cli.playground(dir);
    Cli.json(demo, 0, "seed", "--sql");

    JsonNode run = Cli.json(demo, 0, "run");

    assertThat(run.path("status").asText()).isEqualTo("Success");
    assertThat(run.path("check_results")).hasSize(5);
    assertThat(Cli.check(run, "main.stg_orders", "accepted_values:status").path("failing_rows").asLong()).isZero();
    assertThat(Cli.check(run, "main.fct_payments", "in_range:amount").path("passed").asBoolean()).isTrue();
    assertThat(Cli.check(run, "main.customer_revenue", "row_count").path("target_count").asLong()).isEqualTo(12);
    assertThat(run.path("anomalies")).isEmpty();

    CliRun table = Cli.run(demo, "run", "-o", "table");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("accepted_values:status").contains("anomaly");
  }

  @Test
  void testRunsTheModelsAndTheUnitTestAndCiPasses() {
    Path demo = Cli.playground(dir);

    JsonNode test = Cli.json(demo, 0, "test");
    JsonNode ci = Cli.json(demo, 0, "ci");

    assertThat(test.path("model_results").findValuesAsText("status")).hasSize(5).containsOnly("pass");
    assertThat(test.path("unit_tests").path("results").get(0).path("test").asText())
        .isEqualTo("drops_test_orders_and_lowercases_the_status");
    assertThat(test.path("unit_tests").path("passed").asInt()).isEqualTo(1);
    assertThat(ci.path("tests_ok").asBoolean()).isTrue();
    assertThat(ci.path("tests_passed").asInt()).isEqualTo(6);
  }
}
