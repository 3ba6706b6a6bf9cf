package dev.rocky.cli.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rocky test, rocky test --declarative and rocky ci on the quality fixture. */
class TestCommandCliTest {
  @TempDir Path dir;
  Path project;

  @BeforeEach
  void copy() {
    project = Cli.quality(dir);
  }

  @Test
  void testRunsEveryModelOnTheSeedAndTheUnitTestsWithoutTouchingTheWarehouse() {
    JsonNode out = Cli.json(project, 0, "test");

    assertThat(out.path("command").asText()).isEqualTo("test");
    assertThat(out.path("total").asInt()).isEqualTo(4);
    assertThat(out.path("failed").asInt()).isZero();
    assertThat(out.path("model_results").findValuesAsText("status")).containsExactly("pass", "pass");
    assertThat(out.path("unit_tests").path("passed").asInt()).isEqualTo(2);
    assertThat(project.resolve("quality.duckdb")).doesNotExist();
  }

  @Test
  void aFailingUnitTestExitsOneAndItsDiffNamesTheWrongRow() {
    Cli.write(project, "models/customer_totals.toml", """
        [[test]]
        name = "sums_per_customer"
        [[test.given]]
        ref = "stg_orders"
        rows = [{ order_id = 1, customer_id = 7, amount = 10.0 }, { order_id = 2, customer_id = 7, amount = 5.25 }]
        [test.expect]
        rows = [{ customer_id = 7, total_amount = 15.0 }]
        """);

    CliRun table = Cli.run(project, "test", "-o", "table");
    JsonNode json = Cli.json(project, 1, "test", "--model", "customer_totals");

    assertThat(table.exitCode()).isEqualTo(1);
    assertThat(table.out()).contains("error: test customer_totals::sums_per_customer: 2 rows differ")
        .contains("    - customer_id=7, total_amount=15")
        .contains("    + customer_id=7, total_amount=15.25");
    assertThat(json.path("failures").get(0).path("name").asText()).isEqualTo("customer_totals::sums_per_customer");
    assertThat(json.path("unit_tests").path("results").get(0).path("mismatches").get(0).path("kind").asText())
        .isEqualTo("missing");
    assertThat(json.path("model_results").findValuesAsText("model")).containsExactly("customer_totals");
  }

  @Test
  void declarativeTestsRunOnTheWarehouseTablesAfterARun() {
    Cli.json(project, 0, "seed", "--sql");
    Cli.json(project, 0, "run");

    JsonNode out = Cli.json(project, 0, "test", "--declarative");

    JsonNode d = out.path("declarative");
    assertThat(d.path("total").asInt()).isEqualTo(4);
    assertThat(d.path("passed").asInt()).isEqualTo(3);
    assertThat(d.path("warned").asInt()).as("order 99's status 'lost', at severity warning").isEqualTo(1);
    assertThat(d.path("failed").asInt()).isZero();
    assertThat(out.path("model_results")).isEmpty();
  }

  @Test
  void declarativeTestsFailWhenAnErrorSeverityTestFails() {
    Cli.json(project, 0, "seed", "--sql");
    Cli.json(project, 0, "run");
    Cli.write(project, "models/test_definitions.toml", """
        [known_status]
        type = "accepted_values"
        values = ["placed"]
        severity = "error"
        """);
    Cli.write(project, "models/stg_orders.toml", """
        [[use_test]]
        name = "known_status"
        column = "status"
        """);

    JsonNode out = Cli.json(project, 1, "test", "--declarative", "--model", "stg_orders");

    assertThat(out.path("declarative").path("failed").asInt()).isEqualTo(1);
    assertThat(out.path("declarative").path("results").get(0).path("detail").asText()).isEqualTo("150 failing rows");
  }

  @Test
  void ciExitsZeroWhenCleanOneOnAFailureAndFourOnWarnings() {
    JsonNode clean = Cli.json(project, 0, "ci");
    assertThat(clean.path("compile_ok").asBoolean()).isTrue();
    assertThat(clean.path("tests_ok").asBoolean()).isTrue();
    assertThat(clean.path("exit_code").asInt()).isZero();

    Cli.write(project, "models/late_orders.sql", "SELECT order_id, ordered_at FROM stg_orders");
    JsonNode warned = Cli.json(project, 4, "ci");
    assertThat(warned.path("exit_code").asInt()).isEqualTo(4);
    assertThat(warned.path("diagnostics").findValuesAsText("severity")).contains("Warning");

    Cli.write(project, "models/late_orders.sql", "SELECT order_id, order_id // (order_id - order_id) AS boom FROM stg_orders");
    JsonNode failed = Cli.json(project, 1, "ci");
    assertThat(failed.path("exit_code").asInt()).isEqualTo(1);
    assertThat(failed.path("tests_ok").asBoolean()).isFalse();
  }

  @Test
  void ciOnAProjectThatDoesNotCompileRunsNoTest() {
    Cli.write(project, "models/broken.sql", "SELECT missing_column FROM stg_orders");

    JsonNode out = Cli.json(project, 1, "ci");

    assertThat(out.path("compile_ok").asBoolean()).isFalse();
    assertThat(out.path("tests_passed").asInt()).isZero();
    assertThat(out.path("diagnostics").findValuesAsText("severity")).contains("Error");
  }
}
