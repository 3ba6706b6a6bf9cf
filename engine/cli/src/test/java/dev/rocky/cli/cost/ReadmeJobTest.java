package dev.rocky.cli.cost;

import static dev.rocky.cli.cost.CostProjects.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.scaffold.Scaffolder;
import dev.rocky.cli.scaffold.Template;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job ends with the run's cost by model. */
class ReadmeJobTest {
  @TempDir Path dir;

  @Test
  void thePlaygroundRunsAndItsCostIsListedModelByModel() throws Exception {
    Path demo = Scaffolder.write(Template.PLAYGROUND, dir.resolve("demo"), "demo", Scaffolder.Policy.EMPTY_DIRECTORY).path();
    ok(demo, "validate");
    ok(demo, "compile");
    ok(demo, "seed", "--sql");
    JsonNode run = ok(demo, "run");

    CliRun cost = CostProjects.cli(demo, "-o", "table", "cost", "latest", "--by", "model");

    assertThat(cost.exitCode()).as(cost.err()).isZero();
    assertThat(cost.out().lines().findFirst().orElseThrow()).isEqualTo("MODEL             STATUS   DURATION  COST   BYTES SCANNED");
    assertThat(cost.out()).contains("stg_customers", "stg_orders", "fct_payments", "dim_customers", "customer_revenue")
        .contains("Total: $0.00 for 5 models", run.path("run_id").asText());
    assertThat(run.at("/cost_summary/per_model")).hasSize(5);
    run.at("/cost_summary/per_model").forEach(m -> {
      assertThat(m.path("cost_usd").asDouble()).isZero();
      assertThat(m.path("duration_ms").isNumber()).isTrue();
    });
  }
}
