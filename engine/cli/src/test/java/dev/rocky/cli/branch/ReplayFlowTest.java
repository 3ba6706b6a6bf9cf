package dev.rocky.cli.branch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.output.Json;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content-addressed run records and replay on a DuckDB file, end to end. */
class ReplayFlowTest {
  @TempDir java.nio.file.Path dir;

  private static Map<String, JsonNode> byModel(JsonNode report) {
    Map<String, JsonNode> out = new HashMap<>();
    report.path("models").forEach(m -> out.put(m.path("model").asText(), m));
    return out;
  }

  @Test
  void aReplayRebuildsEveryDeterministicModelBitExactAfterTheSourceChanged() {
    Project p = Project.create(dir, "");
    assertThat(p.ok("run").path("status").asText()).isEqualTo("Success");
    // The sources change after the run: the replay reads the recorded inputs, not these.
    p.sql("INSERT INTO raw.payments VALUES (4, 3, 99.00, TIMESTAMP '2026-01-04 10:00:00')",
        "UPDATE raw.payments SET amount = amount * 2");
    p.ok("run");

    JsonNode report = p.ok("replay", "latest", "--verify");

    assertThat(report.path("mode").asText()).isEqualTo("verify");
    Map<String, JsonNode> models = byModel(report);
    for (String m : new String[] {"stg_payments", "fct_revenue", "rpt_revenue", "payments_inc", "top_customers", "v_big"}) {
      assertThat(models.get(m).path("verdict").asText()).as("%s: %s", m, models.get(m)).isEqualTo("bit_exact");
      assertThat(models.get(m).path("replayed_output_hash").asText()).isEqualTo(models.get(m).path("output_hash").asText());
    }
    assertThat(models.get("noisy").path("verdict").asText()).isEqualTo("non_replayable");
    assertThat(models.get("noisy").path("reason").asText()).contains("random()");
    assertThat(report.path("verdicts").path("bit_exact").asInt()).isEqualTo(6);
    assertThat(report.path("run").path("session_source").asText()).isEqualTo("cli");
  }

  @Test
  void anIncrementalRunRecordsTheTargetItAppendedToAndReplaysFromIt() throws Exception {
    Project p = Project.create(dir, "");
    p.ok("run");
    p.sql("INSERT INTO raw.payments VALUES (4, 3, 99.00, TIMESTAMP '2026-01-04 10:00:00')");
    p.ok("run");
    JsonNode inc = p.execution("payments_inc");
    JsonNode provenance = Json.mapper().readTree(Files.readAllBytes(p.artifact(inc.path("provenance").asText())));

    assertThat(provenance.path("prior_target").path("rows").asLong()).isEqualTo(3);
    assertThat(provenance.path("prior_watermark").asText()).isEqualTo("2026-01-03T10:00:00Z");
    assertThat(p.rows("SELECT count(*) FROM main.payments_inc")).containsExactly("4");
    p.sql("DELETE FROM raw.payments");
    JsonNode m = p.ok("replay", "latest", "--verify", "--model", "payments_inc").path("models").get(0);
    assertThat(m.path("verdict").asText()).isEqualTo("bit_exact");
    assertThat(m.path("replayed_rows").asLong()).isEqualTo(4);
  }

  @Test
  void aModelThatReadsItsEnvironmentDivergesInThatColumn() {
    Project p = Project.create(dir, "");
    p.write("models/where_am_i.sql", "SELECT id, amount, current_database() AS db FROM stg_payments\n");
    p.ok("run");

    JsonNode m = p.ok("replay", "latest", "--verify", "--model", "where_am_i").path("models").get(0);

    assertThat(m.path("verdict").asText()).isEqualTo("diverged");
    assertThat(m.path("differing_columns")).extracting(JsonNode::asText).containsExactly("db");
    assertThat(m.path("reason").asText()).isEqualTo("values differ in db");
  }

  @Test
  void everyExecutionRecordsItsRecipeInputsEnvironmentAndOutputHashes() throws Exception {
    Project p = Project.create(dir, "");
    p.ok("run");
    JsonNode fct = p.execution("fct_revenue");

    for (String field : new String[] {"recipe_hash", "input_hash", "env_hash", "output_hash", "provenance"}) {
      assertThat(fct.path(field).asText()).as(field).matches("[0-9a-f]{64}");
    }
    assertThat(fct.path("input_proof_class").asText()).isEqualTo("strong");
    assertThat(fct.path("hash_scheme").asText()).isEqualTo("sha256-v1");
    // The recipe is stored under its hash; the replay record names it and the input snapshots.
    JsonNode recipe = Json.mapper().readTree(Files.readAllBytes(p.artifact(fct.path("recipe_hash").asText())));
    assertThat(recipe.path("model").asText()).isEqualTo("fct_revenue");
    assertThat(recipe.path("step").path("sql").asText()).contains("SUM(amount)");
    JsonNode provenance = Json.mapper().readTree(Files.readAllBytes(p.artifact(fct.path("provenance").asText())));
    assertThat(provenance.path("recipe_hash").asText()).isEqualTo(fct.path("recipe_hash").asText());
    assertThat(provenance.path("inputs").get(0).path("table").path("table").asText()).isEqualTo("stg_payments");
    assertThat(provenance.path("inputs").get(0).path("rows").asLong()).isEqualTo(3);
    assertThat(provenance.path("environment").path("adapter").asText()).isEqualTo("duckdb");

    // An unchanged project runs to the same recipe, the same inputs and the same output.
    p.ok("run");
    JsonNode again = p.execution("fct_revenue");
    assertThat(again.path("recipe_hash")).isEqualTo(fct.path("recipe_hash"));
    assertThat(again.path("input_hash")).isEqualTo(fct.path("input_hash"));
    assertThat(again.path("output_hash")).isEqualTo(fct.path("output_hash"));
  }

  @Test
  void aTamperedArtifactIsReportedAndCheckSaysWhatCanBeReplayed() throws Exception {
    Project p = Project.create(dir, "");
    p.ok("run");
    JsonNode check = p.ok("replay", "latest", "--check");
    assertThat(byModel(check).get("stg_payments").path("verdict").asText()).isEqualTo("replayable");
    assertThat(byModel(check).get("noisy").path("verdict").asText()).isEqualTo("non_replayable");

    JsonNode stg = p.execution("stg_payments");
    JsonNode provenance = Json.mapper().readTree(Files.readAllBytes(p.artifact(stg.path("provenance").asText())));
    String input = provenance.path("inputs").get(0).path("artifact").asText();
    byte[] bytes = Files.readAllBytes(p.artifact(input));
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(p.artifact(input), bytes);

    JsonNode report = p.ok("replay", "latest", "--verify", "--model", "stg_payments");

    assertThat(report.path("models")).hasSize(1);
    JsonNode m = report.path("models").get(0);
    assertThat(m.path("verdict").asText()).isEqualTo("non_replayable");
    assertThat(m.path("reason").asText()).contains("input raw.payments").contains(input).contains("corrupt");
  }

  @Test
  void aReplayShowsWhoRanItAndRefusesUnknownRunsAndModels() {
    Project p = Project.create(dir, "");
    p.fails("replay_no_runs", "replay", "latest");
    p.ok("run");
    String runId = p.ok("history").path("runs").get(0).path("run_id").asText();

    JsonNode shown = p.ok("replay", runId);
    assertThat(shown.path("run").path("run_id").asText()).isEqualTo(runId);
    assertThat(shown.path("run").path("trigger").asText()).isEqualTo("Manual");
    assertThat(byModel(shown).get("fct_revenue").has("verdict")).isFalse();
    assertThat(byModel(shown).get("fct_revenue").path("recipe_hash").asText()).hasSize(64);

    p.fails("replay_run_not_found", "replay", "run-20000101-000000-000");
    p.fails("replay_model_not_in_run", "replay", runId, "--model", "nope");
  }
}
