package dev.rocky.cli.branch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Branches end to end on DuckDB: isolation, the approval gate, the breaking-change gate, promotion. */
class BranchFlowTest {
  private static final String APPROVAL = """

      [branch.approval]
      required = true
      """;

  @TempDir java.nio.file.Path dir;

  private static String watermark(JsonNode state, String table) {
    for (JsonNode w : state.path("watermarks")) {
      if (w.path("table").asText().equals(table)) {
        return w.path("last_value").asText();
      }
    }
    return "none";
  }

  @Test
  void aBranchRunBuildsTheBranchSchemaAndLeavesProductionAndItsWatermarksAlone() {
    Project p = Project.create(dir, "");
    p.ok("run");
    List<String> production = p.rows("SELECT customer_id, amount FROM main.fct_revenue ORDER BY 1");
    String productionWatermark = watermark(p.ok("state"), "main.payments_inc");
    assertThat(productionWatermark).isEqualTo("2026-01-03T10:00:00Z");
    p.sql("INSERT INTO raw.payments VALUES (4, 3, 99.00, TIMESTAMP '2026-01-04 10:00:00')");

    p.fails("branch_not_found", "run", "--branch", "fix");
    p.ok("branch", "create", "fix", "--description", "more revenue");
    JsonNode run = p.ok("run", "--branch", "fix");

    assertThat(run.path("status").asText()).isEqualTo("Success");
    for (String t : new String[] {"stg_payments", "fct_revenue", "rpt_revenue", "payments_inc", "top_customers", "v_big"}) {
      assertThat(p.exists("branch__fix." + t)).as(t).isTrue();
    }
    assertThat(p.rows("SELECT customer_id, amount FROM branch__fix.fct_revenue ORDER BY 1"))
        .containsExactly("1|25.50", "2|30.00", "3|99.00");
    // The branch read its own upstream tables: rpt_revenue has the new customer too.
    assertThat(p.rows("SELECT count(*) FROM branch__fix.rpt_revenue")).containsExactly("3");
    assertThat(p.rows("SELECT customer_id, amount FROM main.fct_revenue ORDER BY 1")).isEqualTo(production);
    assertThat(p.rows("SELECT count(*) FROM main.payments_inc")).containsExactly("3");
    JsonNode state = p.ok("state");
    assertThat(watermark(state, "main.payments_inc")).isEqualTo(productionWatermark);

    JsonNode list = p.ok("branch", "list");
    assertThat(list.path("branches").get(0).path("branch").path("schema_prefix").asText()).isEqualTo("branch__fix");
    assertThat(list.path("branches").get(0).path("last_run").path("branch").asText()).isEqualTo("fix");
    assertThat(p.ok("history", "--limit", "1").path("runs").get(0).path("branch").asText()).isEqualTo("fix");
  }

  @Test
  void promotionNeedsAnApprovalOfTheCurrentFilesAndThenReplacesProduction() {
    Project p = Project.create(dir, APPROVAL);
    p.ok("run");
    p.ok("branch", "create", "fix");
    p.sql("INSERT INTO raw.payments VALUES (4, 3, 99.00, TIMESTAMP '2026-01-04 10:00:00')");
    p.ok("run", "--branch", "fix");

    JsonNode refused = p.exits(1, "branch", "promote", "fix");
    assertThat(refused.path("status").asText()).isEqualTo("refused");
    assertThat(refused.path("plan").path("refusals").get(0).path("code").asText()).isEqualTo("approval_required");
    assertThat(p.rows("SELECT count(*) FROM main.fct_revenue")).containsExactly("2");

    p.ok("branch", "approve", "fix", "--message", "looks right");
    assertThat(p.ok("branch", "promote", "fix", "--dry-run").path("status").asText()).isEqualTo("allowed");

    // Editing a model after the approval voids it, even once the branch is rebuilt from the edit.
    p.write("models/fct_revenue.sql", Project.FCT_REVENUE + "-- reviewed\n");
    p.fails("branch_stale", "branch", "promote", "fix");
    p.ok("run", "--branch", "fix");
    JsonNode stale = p.exits(1, "branch", "promote", "fix");
    assertThat(stale.path("plan").path("approval").path("rejected").get(0).path("reason").asText())
        .contains("approved other project files");

    p.ok("branch", "approve", "fix");
    JsonNode promoted = p.ok("branch", "promote", "fix");

    assertThat(promoted.path("status").asText()).isEqualTo("promoted");
    assertThat(promoted.path("promotion").path("approvers")).hasSize(1);
    assertThat(p.rows("SELECT customer_id, amount FROM main.fct_revenue ORDER BY 1"))
        .containsExactly("1|25.50", "2|30.00", "3|99.00");
    assertThat(p.rows("SELECT count(*) FROM main.payments_inc")).containsExactly("4");
    // The view is re-created over production, not copied from the branch.
    assertThat(p.rows("SELECT sql FROM duckdb_views() WHERE schema_name = 'main' AND view_name = 'v_big'").getFirst())
        .doesNotContain("branch__fix");
    // The production watermark follows the promoted table, so the next run does not load row 4 again.
    assertThat(watermark(p.ok("state"), "main.payments_inc")).isEqualTo("2026-01-04T10:00:00Z");
    p.ok("run");
    assertThat(p.rows("SELECT count(*) FROM main.payments_inc")).containsExactly("4");
    assertThat(p.ok("branch", "show", "fix").path("promotions")).hasSize(1);
  }

  @Test
  void removingAColumnThatDownstreamReadsIsBlockedUnlessAllowedAndTheAllowanceIsAudited() {
    Project p = Project.create(dir, "");
    p.ok("run");
    p.ok("branch", "create", "slim");
    p.write("models/fct_revenue.sql", "SELECT customer_id, count(*) AS payments FROM stg_payments GROUP BY customer_id\n");
    p.write("models/top_customers.sql", "SELECT customer_id, payments FROM fct_revenue WHERE payments > 1\n");
    p.ok("run", "--branch", "slim");

    JsonNode blocked = p.exits(1, "branch", "promote", "slim");
    JsonNode refusal = blocked.path("plan").path("refusals").get(0);
    assertThat(refusal.path("code").asText()).isEqualTo("breaking_changes");
    assertThat(refusal.path("message").asText()).contains("fct_revenue.amount removed").contains("rpt_revenue.amount");
    assertThat(p.rows("SELECT count(*) FROM information_schema.columns"
        + " WHERE table_schema = 'main' AND table_name = 'fct_revenue' AND column_name = 'amount'")).containsExactly("1");

    JsonNode allowed = p.ok("branch", "promote", "slim", "--allow-breaking");

    JsonNode record = allowed.path("promotion");
    assertThat(record.path("allow_breaking").asBoolean()).isTrue();
    assertThat(record.path("breaking_changes").get(0).path("column").asText()).isEqualTo("amount");
    assertThat(p.rows("SELECT count(*) FROM information_schema.columns"
        + " WHERE table_schema = 'main' AND table_name = 'fct_revenue' AND column_name = 'amount'")).containsExactly("0");

    JsonNode audit = p.ok("history", "--audit", "--model", "fct_revenue", "--column", "amount");
    JsonNode last = audit.path("last_change");
    assertThat(last.path("event").asText()).isEqualTo("promotion");
    assertThat(last.path("change").asText()).isEqualTo("removed");
    assertThat(last.path("branch").asText()).isEqualTo("slim");
    assertThat(last.path("allow_breaking").asBoolean()).isTrue();
    assertThat(last.path("who").asText()).isNotBlank();
    JsonNode first = audit.path("entries").get(1);
    assertThat(first.path("change").asText()).isEqualTo("first_recorded");
    assertThat(first.path("column").path("from").get(0).asText()).isEqualTo("stg_payments.amount (aggregation: sum)");
    assertThat(first.path("inputs").get(0).path("table").path("table").asText()).isEqualTo("stg_payments");
  }

  @Test
  void branchesAreCreatedOnceShownAndDeletedWithoutTheirTables() {
    Project p = Project.create(dir, "");
    assertThat(p.ok("branch", "list").path("count").asInt()).isZero();
    p.ok("branch", "create", "fix");
    p.fails("branch_exists", "branch", "create", "fix");
    p.fails("branch_invalid_name", "branch", "create", "has-dash");
    p.ok("run", "--branch", "fix", "--model", "stg_payments");

    JsonNode shown = p.ok("branch", "show", "fix");
    assertThat(shown.path("last_run").path("status").asText()).isEqualTo("Success");
    assertThat(shown.path("approval").path("required").asBoolean()).isFalse();

    p.ok("branch", "delete", "fix");
    p.fails("branch_not_found", "branch", "show", "fix");
    assertThat(p.exists("branch__fix.stg_payments")).isTrue();
  }
}
