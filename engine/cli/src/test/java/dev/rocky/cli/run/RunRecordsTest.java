package dev.rocky.cli.run;

import static dev.rocky.cli.run.Runs.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky history} and {@code rocky state} after runs of the playground. */
class RunRecordsTest {
  @TempDir Path dir;

  @Test
  void historyListsTheRunsNewestFirstAndStateTheWatermarks() {
    Path demo = Runs.playground(dir);
    assertThat(ok(demo, "history").path("count").asInt()).isZero();
    assertThat(ok(demo, "state").path("watermarks")).isEmpty();
    assertThat(demo.resolve(".rocky/state.sqlite")).as("reading commands create no state").doesNotExist();

    ok(demo, "seed", "--sql");
    String first = ok(demo, "run").path("run_id").asText();
    String second = ok(demo, "run", "--model", "stg_orders").path("run_id").asText();

    JsonNode history = ok(demo, "history");
    assertThat(history.path("count").asInt()).isEqualTo(2);
    assertThat(Runs.texts(history.path("runs"), "run_id")).containsExactly(second, first);
    JsonNode latest = history.path("runs").get(0);
    assertThat(latest.path("status").asText()).isEqualTo("Success");
    assertThat(latest.path("trigger").asText()).isEqualTo("Manual");
    assertThat(latest.path("config_hash").asText()).matches("[0-9a-f]{16}");
    assertThat(latest.path("started_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(latest.path("models_executed").findValuesAsText("model_name")).containsExactly("stg_orders");
    assertThat(history.path("runs").get(1).path("models_executed")).hasSize(5);

    JsonNode payments = ok(demo, "history", "--model", "fct_payments", "--limit", "5");
    assertThat(Runs.texts(payments.path("runs"), "run_id")).containsExactly(first);
    assertThat(payments.path("runs").get(0).path("models_executed").get(0).path("rows_affected").asLong())
        .isEqualTo(21);
    assertThat(ok(demo, "history", "--limit", "1").path("count").asInt()).isEqualTo(1);

    CliRun table = Runs.cli(demo, "-o", "table", "history");
    assertThat(table.out()).startsWith("RUN ID").contains(first + "  Success", second + "  Success");
    assertThat(table.out().lines().filter(l -> l.startsWith("run-")).toList().get(1)).contains("5          0  ");

    JsonNode state = ok(demo, "state");
    JsonNode mark = state.path("watermarks").get(0);
    assertThat(state.path("watermarks")).hasSize(1);
    assertThat(mark.path("model").asText()).isEqualTo("fct_payments");
    assertThat(mark.path("table").asText()).isEqualTo("main.fct_payments");
    assertThat(mark.path("last_value").asText()).isEqualTo("2025-07-05T13:57:44Z");
    assertThat(Runs.cli(demo, "-o", "table", "state").out())
        .contains("fct_payments  main.fct_payments  2025-07-05T13:57:44Z", "no time_interval partitions");
  }

  @Test
  void aProjectInAGitCheckoutRecordsItsCommitAndBranch() throws Exception {
    Path demo = Runs.playground(dir);
    org.junit.jupiter.api.Assumptions.assumeTrue(git(demo, "init", "-q", "-b", "trunk"), "git is not installed");
    git(demo, "-c", "user.name=t", "-c", "user.email=t@example.com", "add", ".");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        git(demo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "playground"));
    ok(demo, "seed", "--sql");
    ok(demo, "run");
    JsonNode run = ok(demo, "history").path("runs").get(0);
    assertThat(run.path("git_commit").asText()).matches("[0-9a-f]{40}");
    assertThat(run.path("git_branch").asText()).isEqualTo("trunk");
  }

  private static boolean git(Path dir, String... args) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git"));
    command.addAll(java.util.List.of(args));
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
