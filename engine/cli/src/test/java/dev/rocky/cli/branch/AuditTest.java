package dev.rocky.cli.branch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky history --audit}: who changed a production column, when, from what inputs. */
class AuditTest {
  @TempDir java.nio.file.Path dir;

  @Test
  void followsAColumnsDefinitionThroughProductionRuns() {
    Project p = Project.create(dir, "");
    p.ok("run");
    p.ok("run");
    p.write("models/fct_revenue.sql", Project.FCT_REVENUE.replace("SUM(amount)", "MAX(amount)"));
    p.ok("run");

    JsonNode audit = p.ok("history", "--audit", "--model", "fct_revenue", "--column", "amount");

    assertThat(audit.path("entries")).extracting(e -> e.path("change").asText())
        .containsExactly("lineage_changed", "unchanged", "first_recorded");
    JsonNode last = audit.path("last_change");
    assertThat(last.path("event").asText()).isEqualTo("run");
    assertThat(last.path("column").path("from").get(0).asText()).isEqualTo("stg_payments.amount (aggregation: max)");
    assertThat(last.path("column").path("type").asText()).isEqualTo("Decimal(10,2)");
    assertThat(last.path("trigger").asText()).isEqualTo("Manual");
    // its input was built earlier in the same run: recorded by that model's recipe and output hash
    JsonNode input = last.path("inputs").get(0);
    assertThat(input.path("model").asText()).isEqualTo("stg_payments");
    assertThat(input.path("built_in_run").path("recipe_hash").asText()).matches("[0-9a-f]{64}");
    assertThat(input.path("built_in_run").path("output_hash").asText()).matches("[0-9a-f]{64}");

    JsonNode recipes = p.ok("history", "--audit", "--model", "fct_revenue", "--limit", "2");
    assertThat(recipes.path("entries")).extracting(e -> e.path("change").asText())
        .containsExactly("recipe_changed", "unchanged");
    assertThat(p.ok("history", "--audit", "--model", "nothing").path("entries")).isEmpty();
    p.fails("usage", "history", "--column", "amount", "--model", "fct_revenue");
    p.fails("usage", "history", "--audit");
  }
}
