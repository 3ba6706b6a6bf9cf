package dev.rocky.cli.branch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content-addressed plans: the same project plans to the same id, and a stale or altered plan is refused. */
class PlanApplyTest {
  @TempDir Path dir;

  @Test
  void anUnchangedProjectPlansToTheSameIdAndApplyRunsExactlyThatPlan() {
    Project p = Project.create(dir, "");

    JsonNode first = p.ok("plan");
    JsonNode second = p.ok("plan");

    String id = first.path("plan_id").asText();
    assertThat(id).matches("[0-9a-f]{64}");
    assertThat(second.path("plan_id").asText()).isEqualTo(id);
    assertThat(p.root.resolve(".rocky/plans/" + id + ".json")).exists();
    assertThat(p.exists("main.fct_revenue")).as("planning runs nothing").isFalse();
    assertThat(first.path("models").findValuesAsText("model")).contains("stg_payments", "fct_revenue", "noisy");
    assertThat(first.path("models").findValue("nondeterministic").get(0).asText()).isEqualTo("random()");
    assertThat(p.ok("plan", "--model", "stg_payments").path("plan_id").asText()).isNotEqualTo(id);

    JsonNode applied = p.ok("apply", id.substring(0, 10));

    assertThat(applied.path("status").asText()).isEqualTo("Success");
    assertThat(p.rows("SELECT count(*) FROM main.fct_revenue")).containsExactly("2");
    JsonNode run = p.ok("history", "--limit", "1").path("runs").get(0);
    assertThat(run.path("project_digest").asText()).isEqualTo(first.path("project_digest").asText());
    JsonNode planned = null;
    for (JsonNode m : first.path("models")) {
      planned = m.path("model").asText().equals("fct_revenue") ? m : planned;
    }
    assertThat(p.execution("fct_revenue").path("recipe_hash").asText()).isEqualTo(planned.path("recipe_hash").asText());
  }

  @Test
  void aPlanIsRefusedOnceTheProjectChangedOrTheFileWasAltered() throws Exception {
    Project p = Project.create(dir, "");
    String id = p.ok("plan").path("plan_id").asText();
    p.write("models/fct_revenue.sql", Project.FCT_REVENUE.replace("SUM(amount)", "MAX(amount)"));

    String err = p.fails("plan_stale", "apply", id);

    assertThat(err).contains("models/fct_revenue.sql");
    assertThat(p.exists("main.fct_revenue")).isFalse();
    String fresh = p.ok("plan").path("plan_id").asText();
    assertThat(fresh).isNotEqualTo(id);
    Path file = p.root.resolve(".rocky/plans/" + fresh + ".json");
    Files.writeString(file, Files.readString(file).replace("MAX(amount)", "MIN(amount)"));
    p.fails("plan_corrupt", "apply", fresh);
    p.fails("plan_not_found", "apply", "0000000000");
    p.fails("plan_not_found", "apply", "latest");
  }

  @Test
  void aBranchPlanAppliesToTheBranch() {
    Project p = Project.create(dir, "");
    p.ok("branch", "create", "fix");
    String id = p.ok("plan", "--branch", "fix").path("plan_id").asText();

    p.ok("apply", id);

    assertThat(p.exists("branch__fix.fct_revenue")).isTrue();
    assertThat(p.exists("main.fct_revenue")).isFalse();
    assertThat(p.ok("history", "--limit", "1").path("runs").get(0).path("branch").asText()).isEqualTo("fix");
  }
}
