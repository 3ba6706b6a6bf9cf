package dev.rocky.cli.cost;

import static dev.rocky.cli.cost.CostProjects.json;
import static dev.rocky.cli.cost.CostProjects.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rocky preview cost} in a scratch git repository: the project runs twice on main, then a
 * branch changes it; the preview projects the changed models from those runs.
 */
class PreviewCostTest {
  static final String PRICED = CostProjects.config("\n[cost]\nduckdb_cost_per_second = 1.0\n");

  @TempDir Path dir;
  Path p;

  @BeforeEach
  void history() {
    p = CostProjects.project(dir, PRICED, CostProjects.MODELS);
    assumeTrue(CostProjects.git(p, "init", "-q", "-b", "main"), "git is not installed");
    assumeTrue(CostProjects.git(p, "add", "-A"));
    assumeTrue(CostProjects.git(p, "commit", "-q", "-m", "shop"));
    ok(p, "run");
    ok(p, "run");
    assumeTrue(CostProjects.git(p, "checkout", "-q", "-b", "feature"));
  }

  @Test
  void theChangedModelsAndTheirDownstreamAreProjectedFromHistory() {
    CostProjects.write(p, "models/staging/stg_orders.sql", "SELECT id, day, amount FROM raw_orders WHERE amount > 100");
    CostProjects.write(p, "models/marts/weekly.sql", "SELECT sum(amount) AS revenue FROM stg_orders");

    JsonNode preview = ok(p, "preview", "cost", "main");

    assertThat(preview.path("command").asText()).isEqualTo("preview cost");
    assertThat(preview.path("base_ref").asText()).isEqualTo("main");
    JsonNode models = preview.path("models");
    assertThat(CostProjects.texts(models, "model")).containsExactly("stg_orders", "daily", "weekly");
    assertThat(CostProjects.texts(models, "change")).containsExactly("modified", "downstream", "added");
    JsonNode stg = models.get(0);
    assertThat(stg.path("history_runs").asInt()).isEqualTo(2);
    assertThat(stg.path("projected_cost_usd").asDouble()).isPositive();
    assertThat(stg.path("projected_duration_ms").asLong()).isPositive();
    assertThat(stg.path("projected_bytes_scanned").asLong()).isPositive();
    // beside the history, DuckDB's EXPLAIN of each query on the built tables: raw_orders has 2000 rows,
    // of which the scan expects to keep a fraction under its pushed-down filter
    long read = stg.path("explain_estimate").path("rows_scanned").asLong();
    assertThat(read).isPositive().isLessThanOrEqualTo(2000);
    assertThat(stg.path("explain_estimate").path("rows").asLong()).isPositive().isLessThanOrEqualTo(read);
    assertThat(stg.path("explain_estimate").path("bytes_scanned").isNull()).as("DuckDB estimates no bytes").isTrue();
    assertThat(models.get(2).path("explain_estimate").path("rows").asLong()).as("weekly: one sum").isEqualTo(1);
    assertThat(models.get(2).path("history_runs").asInt()).isZero();
    assertThat(models.get(2).path("projected_cost_usd").isNull()).isTrue();
    JsonNode summary = preview.path("summary");
    assertThat(summary.path("models_rebuilt").asInt()).isEqualTo(3);
    assertThat(summary.path("models_with_history").asInt()).isEqualTo(2);
    assertThat(summary.path("total_projected_cost_usd").asDouble()).isCloseTo(
        stg.path("projected_cost_usd").asDouble() + models.get(1).path("projected_cost_usd").asDouble(),
        org.assertj.core.api.Assertions.within(1e-9));
    assertThat(preview.path("has_budget_errors").asBoolean()).isFalse();
    assertThat(preview.path("markdown").asText()).startsWith("### Rocky Cost Preview\n\n**3 model(s) rebuilt**")
        .contains("(1 without recorded runs)", "| `stg_orders` | modified | $", "median of 2 runs (few)",
            "| `weekly` | added | - | - | - | no recorded runs |", "| Basis | EXPLAIN |",
            String.format(java.util.Locale.ROOT, "~%,d rows read |", read));

    CliRun table = CostProjects.cli(p, "-o", "table", "preview", "cost");
    assertThat(table.out()).startsWith("Rocky Cost Preview (main...HEAD)").contains("| `daily` | downstream | $");
  }

  @Test
  void aProjectionOverAModelsCeilingFailsThePreviewAndTheCompile() {
    CostProjects.write(p, "models/marts/daily.toml", """
        [tags]
        domain = "sales"

        [budget]
        max_usd = 0.000001
        on_breach = "error"
        """);

    JsonNode preview = json(p, 1, "preview", "cost", "main");

    assertThat(preview.path("has_budget_errors").asBoolean()).isTrue();
    JsonNode breach = preview.at("/projected_per_model_budget_breaches/0");
    assertThat(breach.path("model").asText()).isEqualTo("daily");
    assertThat(breach.path("limit_type").asText()).isEqualTo("max_usd");
    assertThat(breach.path("on_breach").asText()).isEqualTo("error");
    assertThat(preview.path("markdown").asText()).contains("**Over budget:**", "- `daily`: projected $");

    JsonNode compile = json(p, 1, "compile");
    JsonNode e027 = compile.at("/diagnostics/0");
    assertThat(e027.path("code").asText()).isEqualTo("E027");
    assertThat(e027.path("severity").asText()).isEqualTo("Error");
    assertThat(e027.path("model").asText()).isEqualTo("daily");
    assertThat(e027.at("/span/file").asText()).isEqualTo("models/marts/daily.toml");
    assertThat(e027.path("message").asText()).contains("(the median of its last 2 runs), over its budget max_usd");
  }

  @Test
  void nothingChangedNothingToPreview() {
    JsonNode preview = ok(p, "preview", "cost");
    assertThat(preview.path("models")).isEmpty();
    assertThat(preview.path("markdown").asText()).isEqualTo("### Rocky Cost Preview\n\nNo model changes detected.\n");
    assertThat(CostProjects.failure(p, "preview", "cost", "no-such-ref")).contains("no-such-ref");
  }
}
