package dev.rocky.cli.ai;

import static dev.rocky.ai.emulator.MessagesApiEmulator.answer;
import static dev.rocky.ai.emulator.MessagesApiEmulator.error;
import static dev.rocky.ai.emulator.MessagesApiEmulator.raw;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.testkit.GoldenFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** rocky ai against a scripted Messages API: the compiler decides what is written. */
class AiCommandTest extends EmulatedAiTest {
  private static final String INTENT = "Revenue per order status";
  /** E003: stg_orders has amount, not amount_usd. */
  private static final String UNKNOWN_COLUMN = """
      Here is the model.

      ```sql
      SELECT status, SUM(amount_usd) AS revenue
      FROM stg_orders
      GROUP BY status
      ```

      ```toml
      intent = "Revenue per order status."
      ```
      """;
  private static final String FIXED = """
      ```sql
      SELECT status, SUM(amount) AS revenue
      FROM stg_orders
      GROUP BY status
      ```

      ```toml
      intent = "Revenue per order status."
      ```
      """;

  @Override
  String aiSection() {
    return "max_tokens = 2048\nmax_retries = 2\ntimeout_seconds = 10\n";
  }

  @Test
  void anUnknownColumnIsSentBackAndTheFixIsWrittenAfterTwoAttempts() {
    api.script(answer(UNKNOWN_COLUMN), answer(FIXED));

    CliRun run = project.run("ai", INTENT, "--name", "revenue_by_status");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    JsonNode out = AiProject.json(run);
    assertThat(out.path("command").asText()).isEqualTo("ai");
    assertThat(out.path("attempts").asInt()).isEqualTo(2);
    assertThat(out.path("compiled").asBoolean()).isTrue();
    assertThat(Json.mapper().convertValue(out.path("files"), String[].class))
        .containsExactly("models/revenue_by_status.sql", "models/revenue_by_status.toml");
    assertThat(project.read("models/revenue_by_status.sql")).isEqualTo("""
        SELECT status, SUM(amount) AS revenue
        FROM stg_orders
        GROUP BY status
        """);
    assertThat(project.read("models/revenue_by_status.toml")).isEqualTo("intent = \"Revenue per order status.\"\n");
    JsonNode second = api.bodies().get(1).path("messages");
    assertThat(second).hasSize(3);
    assertThat(second.get(1).path("content").asText()).isEqualTo(UNKNOWN_COLUMN);
    assertThat(second.get(2).path("content").asText()).contains("error[E003] models/revenue_by_status.sql:1:")
        .contains("amount_usd");
    assertThat(project.run("compile").exitCode()).isZero();
    assertNoSecret(run);
  }

  @Test
  void thePromptIsTheSchemaAndTheIntentInAStableOrder() throws Exception {
    api.script(answer(UNKNOWN_COLUMN), answer(FIXED));

    CliRun run = project.run("ai", INTENT, "--name", "revenue_by_status");

    assertThat(run.exitCode()).isZero();
    var pretty = Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
    GoldenFiles.assertMatches(GOLDEN.resolve("generate-first-request.json"),
        pretty.writeValueAsString(api.bodies().get(0)) + "\n");
    GoldenFiles.assertMatches(GOLDEN.resolve("generate-fix-request.txt"),
        api.bodies().get(1).path("messages").get(2).path("content").asText());
    // No project SQL and no data: the models' SQL and the seed's values stay home.
    assertThat(api.bodies().get(0).toString()).doesNotContain("LOWER(status)").doesNotContain("IS NOT NULL")
        .doesNotContain("range(1, 201)").doesNotContain("placed").doesNotContain(AiProject.KEY);
  }

  @Test
  void anAnswerThatNeverCompilesWritesNothingAndShowsTheLastDiagnostics() {
    api.script(answer(UNKNOWN_COLUMN));

    CliRun json = project.run("ai", INTENT, "--name", "revenue_by_status");
    CliRun table = project.run("-o", "table", "ai", INTENT, "--name", "revenue_by_status", "--max-attempts", "2");

    assertThat(json.exitCode()).isEqualTo(1);
    JsonNode out = AiProject.json(json);
    assertThat(out.path("attempts").asInt()).isEqualTo(3);
    assertThat(out.path("compiled").asBoolean()).isFalse();
    assertThat(out.path("files")).isEmpty();
    assertThat(out.path("diagnostics").findValuesAsText("code")).contains("E003");
    assertThat(project.file("models/revenue_by_status.sql")).doesNotExist();
    assertThat(project.file("models/revenue_by_status.toml")).doesNotExist();
    assertThat(table.exitCode()).isEqualTo(1);
    assertThat(table.out()).contains("error[E003]").contains("SUM(amount_usd)").contains("Attempts: 2")
        .contains("error: model 'revenue_by_status' still has 1 error(s) after 2 attempt(s); nothing was written");
    assertThat(api.requests()).hasSize(5);
    assertNoSecret(json);
    assertNoSecret(table);
  }

  @Test
  void aMalformedResponseIsACodedErrorAndWritesNothing() {
    api.script(raw(200, "{\"type\": \"message\", \"content\": \"not a list\"}"));

    CliRun run = project.run("ai", INTENT, "--name", "revenue_by_status");
    CliRun debug = project.run("ai", INTENT, "--name", "revenue_by_status", "--debug");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[ai_malformed_response]: the Anthropic API answered 200 without a 'content' array")
        .contains("= help: ").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(project.file("models/revenue_by_status.sql")).doesNotExist();
    assertThat(debug.err()).contains("AiException");
    assertNoSecret(run);
    assertNoSecret(debug);
  }

  @Test
  void anAnswerWithoutTheModelBlockIsMalformed() {
    api.script(answer("I cannot help with that."));

    CliRun run = project.run("ai", INTENT, "--name", "revenue_by_status");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[ai_malformed_response]: the answer has no ```sql code block");
  }

  @Test
  void a429IsRetriedAndTheAnswerThenUsed() {
    api.script(error(429, "rate_limit_error", "Number of requests has exceeded your rate limit", Map.of("retry-after", "0")),
        answer(FIXED));

    CliRun run = project.run("-o", "table", "ai", INTENT, "--name", "revenue_by_status");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Attempts: 1").contains("Wrote models/revenue_by_status.sql, models/revenue_by_status.toml");
    assertThat(api.requests()).hasSize(2);
    assertNoSecret(run);
  }

  @Test
  void theModelMayChooseTheNameAndWriteTheRockyDsl() {
    api.script(answer("""
        name: revenue_by_status

        ```rocky
        from stg_orders
        group status { revenue: sum(amount) }
        ```

        ```toml
        intent = "Revenue per order status."
        ```
        """));

    CliRun run = project.run("ai", INTENT, "--format", "rocky");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(AiProject.json(run).path("model").asText()).isEqualTo("revenue_by_status");
    assertThat(project.read("models/revenue_by_status.rocky")).startsWith("from stg_orders");
    assertThat(api.bodies().get(0).path("system").asText()).contains("Rocky DSL");
    assertThat(project.run("compile").exitCode()).isZero();
  }

  @Test
  void aChosenNameThatExistsIsSentBack() {
    api.script(answer("name: stg_orders\n\n" + FIXED), answer("name: status_revenue\n\n" + FIXED));

    CliRun run = project.run("ai", INTENT);

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(AiProject.json(run).path("attempts").asInt()).isEqualTo(2);
    assertThat(project.file("models/status_revenue.sql")).exists();
    assertThat(project.read("models/stg_orders.sql")).contains("LOWER(status)");
    assertThat(api.bodies().get(1).path("messages").get(2).path("content").asText())
        .contains("A model named stg_orders already exists");
  }

  @Test
  void withoutAKeyNothingIsSent() {
    CliRun run = project.run(Map.of(), "ai", INTENT);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[ai_no_api_key]: ANTHROPIC_API_KEY is not set");
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void anExistingNameIsRefusedBeforeAnythingIsSent() {
    CliRun run = project.run("ai", INTENT, "--name", "stg_orders");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[usage]: a model named 'stg_orders' already exists");
    assertThat(api.requests()).isEmpty();
  }

  private static void assertNoSecret(CliRun run) {
    assertThat(run.out()).doesNotContain(AiProject.KEY).doesNotContain("RECOGNISABLE");
    assertThat(run.err()).doesNotContain(AiProject.KEY).doesNotContain("RECOGNISABLE");
  }
}
