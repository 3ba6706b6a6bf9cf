package dev.rocky.cli.ai;

import static dev.rocky.ai.emulator.MessagesApiEmulator.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.testkit.GoldenFiles;
import org.junit.jupiter.api.Test;

/** rocky ai-test: proposals run on DuckDB, and only those that pass go into the sidecar. */
class AiTestCommandTest extends EmulatedAiTest {
  private static final String PROPOSALS = """
      ```toml
      [[tests]]
      type = "not_null"
      column = "customer_id"

      [[tests]]
      type = "unique"
      column = "customer_id"

      [[tests]]
      type = "in_range"
      column = "total_amount"
      min = 0
      max = 10

      [[tests]]
      type = "not_null"
      column = "no_such_column"

      [[test]]
      name = "counts_orders"
      description = "Two orders of one customer."
      [[test.given]]
      ref = "stg_orders"
      rows = [
        { order_id = 1, customer_id = 3, status = "placed", amount = 2.5 },
        { order_id = 2, customer_id = 3, status = "shipped", amount = 1.5 },
      ]
      [test.expect]
      rows = [{ customer_id = 3, order_count = 2, total_amount = 4.0 }]

      [[test]]
      name = "wrong_sum"
      [[test.given]]
      ref = "stg_orders"
      rows = [{ order_id = 1, customer_id = 3, amount = 2.5 }]
      [test.expect]
      rows = [{ customer_id = 3, total_amount = 99.0 }]
      ```
      """;

  @Override
  String aiSection() {
    return "";
  }

  @Test
  void onlyTheTestsThatPassAreAppendedAndTheRestOfTheSidecarIsKept() {
    String before = project.read("models/customer_totals.toml");
    api.script(answer(PROPOSALS));

    CliRun run = project.run("ai-test", "customer_totals");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    JsonNode out = AiProject.json(run);
    assertThat(out.path("proposed").asInt()).isEqualTo(5);
    assertThat(out.path("kept").asInt()).isEqualTo(2);
    assertThat(out.path("sidecar").asText()).isEqualTo("models/customer_totals.toml");
    assertThat(field(out.path("proposals"), "name"))
        .containsExactly("unique customer_id", "in_range total_amount", "not_null no_such_column", "counts_orders",
            "wrong_sum");
    assertThat(field(out.path("proposals"), "kept")).containsExactly("true", "false", "false", "true", "false");
    assertThat(project.read("models/customer_totals.toml")).isEqualTo(before + "\n" + """
        [[tests]]
        type = "unique"
        column = "customer_id"

        [[test]]
        name = "counts_orders"
        description = "Two orders of one customer."

        [[test.given]]
        ref = "stg_orders"
        rows = [
          { order_id = 1, customer_id = 3, status = "placed", amount = 2.5 },
          { order_id = 2, customer_id = 3, status = "shipped", amount = 1.5 },
        ]

        [test.expect]
        rows = [
          { customer_id = 3, order_count = 2, total_amount = 4.0 },
        ]
        """);
    JsonNode tests = AiProject.json(project.run("test"));
    assertThat(tests.path("failed").asInt()).isZero();
    assertThat(tests.path("unit_tests").path("passed").asInt()).isEqualTo(3);
    assertThat(run.out() + run.err()).doesNotContain(AiProject.KEY);
  }

  private static java.util.List<String> field(JsonNode array, String name) {
    java.util.List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.path(name).asText()));
    return out;
  }

  @Test
  void thePromptIsTheSchemaAndTheModelsSql() throws Exception {
    api.script(answer(PROPOSALS));

    project.run("ai-test", "customer_totals");

    GoldenFiles.assertMatches(GOLDEN.resolve("tests-request.txt"),
        api.bodies().getFirst().path("messages").get(0).path("content").asText());
    assertThat(api.bodies().getFirst().toString()).doesNotContain("range(1, 201)").doesNotContain("sums_per_customer");
  }

  @Test
  void whenNothingPassesNothingIsWritten() {
    String before = project.read("models/customer_totals.toml");
    api.script(answer("""
        ```toml
        [[tests]]
        type = "in_range"
        column = "total_amount"
        max = 1
        ```
        """));

    CliRun run = project.run("-o", "table", "ai-test", "customer_totals");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("in_range total_amount").contains("dropped: fail")
        .contains("error: none of the 1 proposed tests passed; nothing was written");
    assertThat(project.read("models/customer_totals.toml")).isEqualTo(before);
  }

  @Test
  void anUnknownModelIsAUsageError() {
    CliRun run = project.run("ai-test", "no_such_model");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[usage]: no model named 'no_such_model'");
    assertThat(api.requests()).isEmpty();
  }
}
