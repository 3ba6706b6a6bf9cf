package dev.rocky.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.cli.wiring.LocalWiring;
import dev.rocky.testkit.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rocky lineage-diff} on a scratch git repository holding the lineage fixture: main has the
 * fixture, a feature branch changes {@code stg_events}.
 */
class LineageDiffCommandTest {
  private static final String STG = "models/stg_events.sql";

  @TempDir Path dir;
  private ScratchRepo repo;

  @BeforeEach
  void repository() {
    repo = ScratchRepo.init(dir);
    TestProjects.copyTo(TestProjects.LINEAGE, dir);
    repo.write(".gitignore", ".rocky/\n");
    repo.commitAll("the lineage project");
    repo.git("checkout", "-q", "-b", "feature");
  }

  private CliRun run(String... args) {
    return CliRun.run(dir, args);
  }

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.err()).isEmpty();
    return Json.mapper().readTree(run.out());
  }

  private static JsonNode change(JsonNode out, String model, String column) {
    for (JsonNode r : out.get("results")) {
      if (r.get("model_name").asText().equals(model)) {
        for (JsonNode c : r.get("column_changes")) {
          if (c.get("column_name").asText().equals(column)) {
            return c;
          }
        }
      }
    }
    throw new AssertionError("no change of " + model + "." + column + " in " + out);
  }

  private static List<String> consumers(JsonNode change) {
    return change.path("downstream_consumers").findValuesAsText("model").isEmpty() ? List.of()
        : java.util.stream.StreamSupport.stream(change.get("downstream_consumers").spliterator(), false)
            .map(c -> c.get("model").asText() + "." + c.get("column").asText()).toList();
  }

  @Test
  void aRenamedColumnIsRemovedWithEveryDownstreamConsumerAndAddedWithNone() throws Exception {
    repo.replace(STG, "    amount,\n", "    amount AS event_amount,\n");
    repo.commitAll("rename amount");

    CliRun run = run("lineage-diff");
    assertThat(run.exitCode()).isZero();
    JsonNode out = json(run);
    assertThat(out.get("command").asText()).isEqualTo("lineage-diff");
    assertThat(out.get("base_ref").asText()).isEqualTo("main");
    assertThat(out.get("head_ref").asText()).isEqualTo("HEAD");
    assertThat(out.get("summary").toString())
        .isEqualTo("{\"total_models\":1,\"unchanged\":0,\"modified\":1,\"added\":0,\"removed\":0}");
    assertThat(out.get("results")).hasSize(1);
    assertThat(out.at("/results/0/model_name").asText()).isEqualTo("stg_events");
    assertThat(out.at("/results/0/status").asText()).isEqualTo("modified");

    JsonNode removed = change(out, "stg_events", "amount");
    assertThat(removed.get("change_type").asText()).isEqualTo("removed");
    assertThat(removed.get("old_type").asText()).isEqualTo("DECIMAL(12,2)");
    assertThat(removed.has("new_type")).isFalse();
    assertThat(removed.get("breaking").asBoolean()).isTrue();
    assertThat(consumers(removed)).containsExactly("int_events_ranked.amount", "int_events_ranked.running_amount",
        "int_money_moves.value", "int_classified.bucket", "int_classified.value", "fct_user_buckets.user_id",
        "fct_user_buckets.bucket", "fct_user_buckets.moves", "fct_user_buckets.total", "dim_users.user_id",
        "dim_users.email", "dim_users.big_total", "rpt_big_spenders.user_id", "rpt_big_spenders.email");

    JsonNode added = change(out, "stg_events", "event_amount");
    assertThat(added.get("change_type").asText()).isEqualTo("added");
    assertThat(added.get("new_type").asText()).isEqualTo("DECIMAL(12,2)");
    assertThat(added.has("downstream_consumers")).as("omitted when empty, as in Rocky").isFalse();
    assertThat(added.has("breaking")).isFalse();
    assertThat(out.get("has_breaking_changes").asBoolean()).isTrue();

    String markdown = out.get("markdown").asText();
    assertThat(markdown).startsWith("### Rocky Lineage Diff\n\n**1 model(s) changed** (1 modified, 0 added, 0 removed, 0 unchanged)\n\n")
        .contains("<details>\n<summary><b>stg_events</b> — modified (2 column changes)</summary>\n\n"
            + "| Column | Change | Old Type | New Type | Downstream consumers |\n"
            + "|--------|--------|----------|----------|----------------------|\n"
            + "| `event_amount` | added | - | DECIMAL(12,2) | _none_ |\n"
            + "| `amount` | removed **(breaking)** | DECIMAL(12,2) | - | `int_events_ranked.amount`, "
            + "`int_events_ranked.running_amount`, `int_money_moves.value`, ")
        .contains("`rpt_big_spenders.email` |\n\n</details>\n");

    CliRun gate = run("lineage-diff", "main", "--fail-on", "breaking");
    assertThat(gate.exitCode()).isEqualTo(1);
    assertThat(gate.err()).isEmpty();
    assertThat(Json.mapper().readTree(gate.out()).get("has_breaking_changes").asBoolean()).isTrue();
  }

  @Test
  void anAddedColumnIsListedWithNoConsumersAndDoesNotFailTheGate() throws Exception {
    repo.replace(STG, "    ts\n", "    ts,\n    ts::DATE AS event_date\n");
    repo.commitAll("add event_date");

    CliRun run = run("lineage-diff", "--fail-on", "breaking");
    assertThat(run.exitCode()).isZero();
    JsonNode out = json(run);
    assertThat(out.at("/results/0/column_changes")).hasSize(1);
    JsonNode added = change(out, "stg_events", "event_date");
    assertThat(added.get("change_type").asText()).isEqualTo("added");
    assertThat(added.get("new_type").asText()).isEqualTo("DATE");
    assertThat(consumers(added)).isEmpty();
    assertThat(out.get("has_breaking_changes").asBoolean()).isFalse();
    assertThat(out.get("markdown").asText()).contains("| `event_date` | added | - | DATE | _none_ |\n")
        .doesNotContain("Breaking");
  }

  @Test
  void aNarrowedColumnWithConsumersIsBreakingAWidenedOneIsNot() throws Exception {
    repo.replace(STG, "    amount,\n", "    CAST(amount AS INTEGER) AS amount,\n");
    repo.commitAll("narrow amount");
    JsonNode narrowed = change(json(run("lineage-diff")), "stg_events", "amount");
    assertThat(narrowed.get("change_type").asText()).isEqualTo("type_changed");
    assertThat(narrowed.get("old_type").asText() + " -> " + narrowed.get("new_type").asText())
        .isEqualTo("DECIMAL(12,2) -> INT32");
    assertThat(consumers(narrowed)).contains("int_events_ranked.amount", "fct_user_buckets.total");
    assertThat(narrowed.get("breaking").asBoolean()).isTrue();
    assertThat(run("lineage-diff", "--fail-on", "breaking").exitCode()).isEqualTo(1);

    repo.replace(STG, "    CAST(amount AS INTEGER) AS amount,\n", "    CAST(amount AS DECIMAL(18,2)) AS amount,\n");
    repo.commitAll("widen amount");
    JsonNode widened = change(json(run("lineage-diff")), "stg_events", "amount");
    assertThat(widened.get("new_type").asText()).isEqualTo("DECIMAL(18,2)");
    assertThat(widened.has("breaking")).isFalse();
    assertThat(run("lineage-diff", "--fail-on", "breaking").exitCode()).isZero();
  }

  @Test
  void aRenameThatUpdatesItsReadersHasNoConsumersLeft() throws Exception {
    repo.replace(STG, "    amount,\n", "    amount AS event_amount,\n");
    repo.replace("models/int_events_ranked.sql", "    amount,\n", "    event_amount AS amount,\n");
    repo.replace("models/int_events_ranked.sql", "SUM(amount)", "SUM(event_amount)");
    repo.commitAll("rename amount and follow it");

    CliRun run = run("lineage-diff", "--fail-on", "breaking");
    assertThat(run.exitCode()).isZero();
    JsonNode out = json(run);
    JsonNode removed = change(out, "stg_events", "amount");
    assertThat(consumers(removed)).isEmpty();
    assertThat(change(out, "stg_events", "event_amount").get("downstream_consumers")).isNotEmpty();
    assertThat(out.get("summary").get("unchanged").asInt()).as("int_events_ranked keeps its columns").isEqualTo(0);
    assertThat(out.get("results")).extracting(r -> r.get("model_name").asText() + ":" + r.get("status").asText())
        .containsExactly("int_events_ranked:modified", "stg_events:modified");
  }

  @Test
  void uncommittedChangesCountAndNoChangeIsACleanReport() throws Exception {
    JsonNode clean = json(run("lineage-diff"));
    assertThat(clean.get("results")).isEmpty();
    assertThat(clean.get("markdown").asText()).isEqualTo("### Rocky Lineage Diff\n\nNo data changes detected.\n");

    repo.write("models/new_model.sql", "SELECT user_id FROM stg_users\n");
    JsonNode added = json(run("lineage-diff"));
    assertThat(added.at("/results/0/model_name").asText()).isEqualTo("new_model");
    assertThat(added.at("/results/0/status").asText()).isEqualTo("added");
    assertThat(added.get("summary").get("added").asInt()).isEqualTo(1);
  }

  @Test
  void tableModePrintsTheMarkdown() {
    repo.replace(STG, "    amount,\n", "    amount AS event_amount,\n");
    repo.commitAll("rename amount");
    CliRun run = CliRun.run(dir, true, new LocalWiring(), "lineage-diff");
    assertThat(run.out()).startsWith("Rocky Lineage Diff (main...HEAD)\n\n### Rocky Lineage Diff\n")
        .contains("| `amount` | removed **(breaking)** |");
  }

  @Test
  void aMissingBaseRefIsAClearError() {
    CliRun run = run("lineage-diff", "no-such-branch");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error[unknown_ref]: base ref 'no-such-branch' does not exist in the repository at ")
        .contains("= help: pass an existing branch, tag or commit").doesNotContain("Exception");
    assertThat(run("lineage-diff", "--", "--output=x").err()).startsWith("error[invalid_ref]: ");
  }

  @Test
  void aWorkingTreeWhoseProjectCannotBeLoadedIsAClearError() {
    repo.write("rocky.toml", "[adapter.local\n");
    CliRun run = run("lineage-diff");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[project_not_loaded]: the project in the working tree could not be loaded: ")
        .contains("= help: run rocky validate");
  }

  @Test
  void outsideARepositoryIsAClearError(@TempDir Path elsewhere) {
    TestProjects.copyTo(TestProjects.LINEAGE, elsewhere);
    CliRun run = CliRun.run(elsewhere, "lineage-diff");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[not_a_git_repository]: ");
  }

  @Test
  void aProjectInASubdirectoryOfTheRepositoryIsCompared(@TempDir Path root) throws Exception {
    ScratchRepo mono = ScratchRepo.init(root);
    TestProjects.copyTo(TestProjects.LINEAGE, root.resolve("analytics"));
    mono.write("README.md", "monorepo\n");
    mono.commitAll("init");
    mono.git("checkout", "-q", "-b", "feature");
    mono.replace("analytics/" + STG, "    LOWER(kind) AS kind,\n", "");
    mono.write("README.md", "changed, but not part of the project\n");
    mono.commitAll("drop kind");

    JsonNode out = json(CliRun.run(root.resolve("analytics"), "lineage-diff"));
    JsonNode removed = change(out, "stg_events", "kind");
    assertThat(consumers(removed)).containsExactly("int_events_ranked.kind");
    assertThat(out.get("results")).hasSize(1);
  }
}
