package dev.rocky.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.cli.wiring.LocalWiring;
import dev.rocky.testkit.GoldenFiles;
import dev.rocky.testkit.TestProjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky lineage} on the lineage fixture: Rocky's JSON shapes, the tree, DOT, OpenLineage and the errors. */
class LineageCommandTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "lineage");

  @TempDir Path cwd;

  @BeforeEach
  void project() {
    TestProjects.copyTo(TestProjects.LINEAGE, cwd);
  }

  private CliRun run(String... args) {
    return CliRun.run(cwd, args);
  }

  private CliRun table(String... args) {
    return CliRun.run(cwd, true, new LocalWiring(), args);
  }

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    return Json.mapper().readTree(run.out());
  }

  private static List<String> fields(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void modelLineageHasRockysLineageOutputShape() throws Exception {
    JsonNode out = json(run("lineage", "int_money_moves"));
    assertThat(fields(out)).containsExactly("version", "command", "model", "columns", "upstream", "downstream", "edges",
        "sources", "unresolved");
    assertThat(out.get("command").asText()).isEqualTo("lineage");
    assertThat(out.get("model").asText()).isEqualTo("int_money_moves");
    assertThat(out.get("columns")).extracting(c -> c.get("name").asText() + ":" + c.get("data_type").asText())
        .containsExactly("user_id:Int64", "value:Decimal(12,2)", "origin:String");
    assertThat(out.get("upstream")).extracting(JsonNode::asText).containsExactly("int_events_ranked", "stg_refunds");
    assertThat(out.get("downstream")).extracting(JsonNode::asText).containsExactly("int_classified");
    JsonNode edge = out.get("edges").get(0);
    assertThat(fields(edge)).containsExactly("source", "target", "transform");
    assertThat(fields(edge.get("source"))).containsExactly("model", "column");
    assertThat(out.get("edges")).extracting(e -> e.at("/source/model").asText() + "." + e.at("/source/column").asText()
            + " -> " + e.at("/target/model").asText() + "." + e.at("/target/column").asText() + " [" + e.get("transform").asText() + "]")
        .contains("int_events_ranked.running_amount -> int_money_moves.value [direct]",
            "stg_refunds.amount -> int_money_moves.value [expression]",
            "int_money_moves.value -> int_classified.bucket [expression]");
    assertThat(out.get("unresolved")).isEmpty();
  }

  @Test
  void columnLineageIsTransitiveBothWaysWithRockysColumnLineageOutputShape() throws Exception {
    JsonNode up = json(run("lineage", "fct_user_buckets.total", "--upstream"));
    assertThat(fields(up)).containsExactly("version", "command", "model", "column", "direction", "trace", "unresolved");
    assertThat(up.get("direction").asText()).isEqualTo("upstream");
    assertThat(up.get("trace")).extracting(e -> e.at("/source/model").asText() + "." + e.at("/source/column").asText())
        .contains("int_classified.value", "int_events_ranked.running_amount", "raw.events.amount", "raw.refunds.amount");
    assertThat(json(run("lineage", "fct_user_buckets", "--column", "total")).get("trace")).isEqualTo(up.get("trace"));
    assertThat(json(run("lineage", "fct_user_buckets.total")).get("direction").asText()).isEqualTo("upstream");

    JsonNode down = json(run("lineage", "raw.events.amount", "--downstream"));
    assertThat(down.get("model").asText()).isEqualTo("raw.events");
    assertThat(down.get("trace")).extracting(e -> e.at("/target/model").asText() + "." + e.at("/target/column").asText())
        .contains("stg_events.amount", "int_money_moves.value", "int_classified.bucket", "fct_user_buckets.total",
            "dim_users.big_total");
  }

  @Test
  void unknownLineageIsListedWithItsReason() throws Exception {
    JsonNode out = json(run("lineage", "rpt_clicks_by_user.country"));
    assertThat(out.get("unresolved")).extracting(u -> u.get("model").asText() + "." + u.get("column").asText() + ": "
        + u.get("reason").asText())
        .containsExactly("stg_clicks.user_id: not listed by `stg_clicks`: the schema of `ext.clicks` is unknown");
    JsonNode model = json(run("lineage", "stg_clicks"));
    assertThat(model.get("unresolved").get(0).get("column").asText()).isEqualTo("*");
    assertThat(model.get("sources")).extracting(JsonNode::asText).containsExactly("ext.clicks");
  }

  @Test
  void dotPrintsTheTraceWithTransformLabelsWhateverTheOutputFlag() {
    CliRun run = run("-o", "json", "lineage", "stg_events.amount", "--downstream", "--format", "dot");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("digraph lineage {\n  rankdir=LR;\n").endsWith("}\n")
        .contains("  \"stg_events.amount\" -> \"int_events_ranked.running_amount\" [label=\"aggregation: sum\"];\n")
        .contains("[label=\"indirect: group_by\", style=dashed];");
    GoldenFiles.assertMatches(GOLDEN.resolve("stg_events.amount.downstream.dot"), run.out());
    GoldenFiles.assertMatches(GOLDEN.resolve("rpt_clicks_by_user.country.upstream.dot"),
        run("lineage", "rpt_clicks_by_user.country", "--format", "dot").out());
    assertThat(run("lineage", "int_classified", "--format", "dot").out())
        .contains("\"int_money_moves.value\" -> \"int_classified.bucket\" [label=\"expression\"];")
        .doesNotContain("-> \"fct_user_buckets.");
    assertThat(run("lineage", "int_classified", "--format", "dot", "--downstream").out())
        .contains("-> \"fct_user_buckets.total\"").doesNotContain("-> \"int_classified.");
  }

  @Test
  void tableModeDrawsATree() {
    CliRun trace = table("lineage", "fct_user_buckets.total");
    assertThat(trace.exitCode()).isZero();
    GoldenFiles.assertMatches(GOLDEN.resolve("fct_user_buckets.total.upstream.txt"), trace.out());
    CliRun model = table("lineage", "int_money_moves");
    assertThat(model.out()).contains("Model: int_money_moves", "Upstream: int_events_ranked, stg_refunds",
        "  value  Decimal(12,2)", "    <- stg_refunds.amount (expression)", "(reads no column: a constant)");
    assertThat(table("lineage", "rpt_clicks_by_user.country").out())
        .contains("Unresolved (lineage unknown):\n  stg_clicks.user_id: not listed by `stg_clicks`");
  }

  @Test
  void openLineageWritesOneEventPerModelPerLine() throws Exception {
    CliRun all = run("lineage", "--format", "openlineage");
    assertThat(all.exitCode()).isZero();
    String[] lines = all.out().split("\n");
    assertThat(lines).hasSize(11);
    for (String line : lines) {
      JsonNode event = Json.mapper().readTree(line);
      assertThat(event.get("schemaURL").asText()).isEqualTo("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent");
      assertThat(event.at("/outputs/0/facets/columnLineage/_schemaURL").asText()).contains("1-2-0/ColumnLineageDatasetFacet");
    }
    CliRun one = run("lineage", "dim_users", "--format", "openlineage", "--namespace", "snowflake://acme", "--job-namespace", "nightly");
    JsonNode event = Json.mapper().readTree(one.out());
    assertThat(one.out().strip().split("\n")).hasSize(1);
    assertThat(event.at("/job/namespace").asText()).isEqualTo("nightly");
    assertThat(event.at("/job/name").asText()).isEqualTo("dim_users");
    assertThat(event.at("/outputs/0/namespace").asText()).isEqualTo("snowflake://acme");
    assertThat(event.at("/outputs/0/facets/columnLineage/fields/big_total/inputFields/0/field").asText()).isEqualTo("total");
  }

  @Test
  void badTargetsAreClearUsageErrors() {
    CliRun none = run("lineage", "nope");
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err()).startsWith("error[usage]: no model or column named 'nope'\n  = help: ");
    CliRun column = run("lineage", "stg_events.nope");
    assertThat(column.exitCode()).isEqualTo(1);
    assertThat(column.err()).startsWith("error[usage]: model 'stg_events' has no column 'nope'\n")
        .contains("its columns are: event_id, user_id, kind, amount, ts");
    assertThat(run("lineage").err()).startsWith("error[usage]: missing <model> or <model>.<column>");
    assertThat(run("lineage", "stg_events.amount", "--format", "openlineage").err())
        .startsWith("error[usage]: OpenLineage describes whole models");
    assertThat(run("lineage", "stg_events", "--format", "svg").err()).contains("expected json, table, dot or openlineage");
    assertThat(run("lineage", "stg_events.amount", "--upstream", "--downstream").exitCode()).isNotZero();
    assertThat(none.err()).doesNotContain("Exception");
  }
}
