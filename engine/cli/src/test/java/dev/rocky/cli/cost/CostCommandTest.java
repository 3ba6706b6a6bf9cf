package dev.rocky.cli.cost;

import static dev.rocky.cli.cost.CostProjects.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky cost} on runs recorded by {@code rocky run} on DuckDB. */
class CostCommandTest {
  /** DuckDB priced at a dollar per second, so that a model's cost is its duration in seconds. */
  static final String PRICED = CostProjects.config("\n[cost]\nduckdb_cost_per_second = 1.0\n");

  @TempDir Path dir;

  @Test
  void latestByModelListsEveryExecutedModelWithItsDurationAndCost() {
    Path p = CostProjects.project(dir, PRICED, CostProjects.MODELS);
    String runId = ok(p, "run").path("run_id").asText();

    JsonNode cost = ok(p, "cost", "latest", "--by", "model");

    assertThat(cost.path("command").asText()).isEqualTo("cost");
    assertThat(cost.path("run_id").asText()).isEqualTo(runId);
    assertThat(cost.path("adapter_type").asText()).isEqualTo("duckdb");
    assertThat(CostProjects.texts(cost.path("per_model"), "model"))
        .containsExactlyInAnyOrder("raw_orders", "stg_orders", "daily");
    double total = 0;
    for (JsonNode m : cost.path("per_model")) {
      long ms = m.path("duration_ms").asLong();
      assertThat(m.path("cost_usd").asDouble()).as(m.path("model").asText()).isCloseTo(ms / 1000.0, within(1e-9));
      assertThat(m.path("bytes_scanned").isNumber()).isTrue();
      total += m.path("cost_usd").asDouble();
    }
    assertThat(cost.path("total_cost_usd").asDouble()).isCloseTo(total, within(1e-9));
    assertThat(CostProjects.texts(cost.path("groups"), "key")).containsExactlyInAnyOrder("raw_orders", "stg_orders", "daily");
    assertThat(cost.path("budget_breaches")).isEmpty();
    // the run recorded the same figures
    JsonNode recorded = ok(p, "history").at("/runs/0/models_executed");
    recorded.forEach(e -> assertThat(e.path("cost_usd").isNumber()).isTrue());

    CliRun table = CostProjects.cli(p, "-o", "table", "cost");
    assertThat(table.out()).startsWith("MODEL").contains("raw_orders", "stg_orders", "daily", "success")
        .contains("Total: $", "for 3 models", runId, "priced as duckdb");
  }

  @Test
  void aRunCanBeNamedAndNarrowedToOneModel() {
    Path p = CostProjects.project(dir, CostProjects.config(""), CostProjects.MODELS);
    String first = ok(p, "run").path("run_id").asText();
    ok(p, "run", "--model", "daily");

    JsonNode cost = ok(p, "cost", first, "--model", "stg_orders");

    assertThat(cost.path("run_id").asText()).isEqualTo(first);
    assertThat(cost.path("model").asText()).isEqualTo("stg_orders");
    assertThat(CostProjects.texts(cost.path("per_model"), "model")).containsExactly("stg_orders");
    // DuckDB is free unless a rate is configured: zero, not unknown
    assertThat(cost.at("/per_model/0/cost_usd").isNumber()).isTrue();
    assertThat(cost.path("total_cost_usd").asDouble()).isZero();
    assertThat(CostProjects.texts(ok(p, "cost").path("per_model"), "model")).containsExactly("daily");

    assertThat(CostProjects.failure(p, "cost", "latest", "--model", "stg_orders"))
        .contains("did not execute model 'stg_orders'");
  }

  @Test
  void byTagAndByLayerGroupTheModels() {
    Path p = CostProjects.project(dir, PRICED, CostProjects.MODELS);
    ok(p, "run");

    JsonNode byTag = ok(p, "cost", "--by", "tag");
    assertThat(byTag.path("by").asText()).isEqualTo("tag");
    assertThat(CostProjects.texts(byTag.path("groups"), "key"))
        .containsExactlyInAnyOrder("domain=sales", "owner=ana", "(untagged)");
    JsonNode sales = find(byTag.path("groups"), "domain=sales");
    List<String> members = new ArrayList<>();
    sales.path("models").forEach(n -> members.add(n.asText()));
    assertThat(members).containsExactlyInAnyOrder("stg_orders", "daily");

    JsonNode byLayer = ok(p, "cost", "--by", "layer");
    assertThat(CostProjects.texts(byLayer.path("groups"), "key")).containsExactlyInAnyOrder("staging", "marts", "(root)");
    assertThat(CostProjects.cli(p, "-o", "table", "cost", "--by", "layer").out()).startsWith("LAYER");
  }

  @Test
  void aTrendListsAModelsCostRunAfterRunWithItsProjection() {
    Path p = CostProjects.project(dir, PRICED, CostProjects.MODELS);
    String first = ok(p, "run").path("run_id").asText();
    String second = ok(p, "run").path("run_id").asText();

    JsonNode trend = ok(p, "cost", "--trend", "daily");

    assertThat(CostProjects.texts(trend.path("runs"), "run_id")).containsExactly(first, second);
    assertThat(trend.path("history_runs").asInt()).isEqualTo(2);
    assertThat(trend.path("projected_cost_usd").asDouble()).isPositive();
    assertThat(CostProjects.cli(p, "-o", "table", "cost", "--trend", "daily").out())
        .contains(first, second, "Projected next run of daily: $", "median of the last 2 successful runs");
    assertThat(CostProjects.failure(p, "cost", "--trend", "nobody")).contains("no recorded run executed model 'nobody'");
  }

  @Test
  void withoutRecordedRunsItSaysSo() {
    Path p = CostProjects.project(dir, CostProjects.config(""), CostProjects.MODELS);
    assertThat(CostProjects.failure(p, "cost", "latest")).contains("error[usage]: no runs recorded yet");
    assertThat(p.resolve(".rocky/state.sqlite")).doesNotExist();

    ok(p, "run");
    assertThat(CostProjects.failure(p, "cost", "run-20200101-000000-000"))
        .contains("no run 'run-20200101-000000-000' is recorded", "rocky history lists the runs");
    assertThat(CostProjects.failure(p, "cost", "--trend", "daily", "latest")).contains("--trend shows one model");
  }

  private static JsonNode find(JsonNode groups, String key) {
    for (JsonNode g : groups) {
      if (g.path("key").asText().equals(key)) {
        return g;
      }
    }
    throw new AssertionError("no group " + key + " in " + groups);
  }
}
