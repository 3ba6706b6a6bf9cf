package dev.rocky.cli.cost;

import static dev.rocky.cli.cost.CostProjects.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky run} on DuckDB with a project [budget]: breaches are recorded, warn or fail, and fire the hook. */
class BudgetRunTest {
  @TempDir Path dir;

  static String budget(String onBreach, String hook) {
    return CostProjects.config("""

        [budget]
        max_duration_ms = 1
        on_breach = "%s"

        [[hook.on_budget_breach]]
        command = "%s"
        """.formatted(onBreach, hook));
  }

  @Test
  void aWarnBreachIsRecordedExitsZeroAndFiresTheHookOnceWithTheBreach() throws Exception {
    Path p = CostProjects.project(dir, budget("warn", "cat >> breaches.jsonl"), CostProjects.MODELS);

    CliRun run = CostProjects.cli(p, "run");
    JsonNode out = Json.mapper().readTree(run.out());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.path("status").asText()).isEqualTo("Success");
    JsonNode breach = out.at("/budget_breaches/0");
    assertThat(out.path("budget_breaches")).hasSize(1);
    assertThat(breach.has("model")).isFalse();
    assertThat(breach.path("limit_type").asText()).isEqualTo("max_duration_ms");
    assertThat(breach.path("limit").asLong()).isEqualTo(1);
    assertThat(breach.path("actual").asLong()).isGreaterThan(1);
    assertThat(breach.path("on_breach").asText()).isEqualTo("warn");
    assertThat(run.err()).contains("warning: budget: run duration " + breach.path("actual").asLong()
        + " ms is over max_duration_ms = 1 ms");

    List<String> fired = CostProjects.read(p.resolve("breaches.jsonl")).lines().toList();
    assertThat(fired).hasSize(1);
    JsonNode event = Json.mapper().readTree(fired.getFirst());
    assertThat(event.path("event").asText()).isEqualTo("on_budget_breach");
    assertThat(event.path("run_id").asText()).isEqualTo(out.path("run_id").asText());
    assertThat(event.path("pipeline").asText()).isEqualTo("main");
    assertThat(event.path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(event.path("metadata")).isEqualTo(breach);
  }

  @Test
  void anErrorBreachFailsTheRunWithExitOne() {
    Path p = CostProjects.project(dir, budget("error", "cat >> breaches.jsonl"), CostProjects.MODELS);

    JsonNode out = json(p, 1, "run");

    assertThat(out.path("status").asText()).as("the models themselves succeeded").isEqualTo("Success");
    assertThat(out.at("/budget_breaches/0/on_breach").asText()).isEqualTo("error");
    assertThat(CostProjects.read(p.resolve("breaches.jsonl")).lines()).hasSize(1);
    assertThat(CostProjects.cli(p, "-o", "table", "run").err()).contains("error: budget: run duration");
  }

  @Test
  void aFailingHookWarnsUnlessItSaysAbort() {
    Path p = CostProjects.project(dir, budget("warn", "echo no pager configured >&2; exit 3"), CostProjects.MODELS);
    CliRun warned = CostProjects.cli(p, "run");
    assertThat(warned.exitCode()).isZero();
    assertThat(warned.err()).contains("warning: hook on_budget_breach 'echo no pager configured >&2; exit 3'"
        + " exited with status 3: no pager configured");

    CostProjects.write(p, "rocky.toml", budget("warn", "exit 3") + "on_failure = \"abort\"\n");
    CliRun aborted = CostProjects.cli(p, "run");
    assertThat(aborted.exitCode()).isEqualTo(1);
    assertThat(aborted.err()).contains("the run fails (on_failure = \"abort\")");
  }

  @Test
  void aRunWithinItsBudgetHasNoBreachesAndFiresNothing() {
    String config = CostProjects.config("""

        [budget]
        max_duration_ms = 600000
        max_usd = 1.0

        [[hook.on_budget_breach]]
        command = "cat >> breaches.jsonl"
        """);
    Path p = CostProjects.project(dir, config, CostProjects.MODELS);

    JsonNode out = json(p, 0, "run");

    assertThat(out.has("budget_breaches")).isFalse();
    assertThat(out.at("/cost_summary/total_cost_usd").asDouble()).isZero();
    assertThat(p.resolve("breaches.jsonl")).doesNotExist();
  }
}
