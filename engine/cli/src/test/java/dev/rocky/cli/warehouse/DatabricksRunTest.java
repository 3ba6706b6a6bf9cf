package dev.rocky.cli.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.testkit.emulator.databricks.DatabricksEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rocky run} on a three-model project whose target adapter is an emulated Databricks SQL
 * warehouse (the real SDK over HTTP), and {@code rocky cost} pricing the run from the warehouse's
 * query history: duration x DBU per hour of the configured size x USD per DBU.
 */
class DatabricksRunTest {
  /** Each statement runs a minute longer in the emulated history than on the wire. */
  private static final long EXTRA_MS = 60_000;

  @TempDir Path dir;
  private DatabricksEmulator emulator;

  @BeforeEach
  void start() {
    emulator = DatabricksEmulator.start();
    emulator.extraMillisPerStatement(EXTRA_MS);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void runsThreeModelsAndPricesThemFromTheQueryHistory() throws IOException {
    Path p = project();
    emulator.holdNextStatement(3);

    CliRun run = CliRun.run(p, "run");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    JsonNode out = Json.mapper().readTree(run.out());
    assertThat(out.path("status").asText()).isEqualTo("Success");
    List<DatabricksEmulator.Submitted> statements = emulator.statements();
    for (String model : List.of("raw_orders", "stg_orders", "daily")) {
      assertThat(statements).as(model).anySatisfy(s -> {
        assertThat(s.sql()).contains("`" + model + "`").startsWith("CREATE OR REPLACE TABLE");
        assertThat(s.tags()).containsEntry("rocky_model", model);
        assertThat(s.state()).isEqualTo("SUCCEEDED");
      });
    }
    assertThat(statements).noneMatch(s -> s.state().equals("PENDING") || s.state().equals("RUNNING"));
    // the held statement answered PENDING to its submit and three polls before it succeeded
    assertThat(emulator.wireMock().findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/2.0/sql/statements/[^/]+")))).hasSizeGreaterThan(3);

    JsonNode cost = json(p, "cost", "latest", "--by", "model");
    assertThat(cost.path("adapter_type").asText()).isEqualTo("databricks");
    assertThat(cost.path("per_model")).hasSize(3);
    for (JsonNode m : cost.path("per_model")) {
      String model = m.path("model").asText();
      long ms = historyMillis(model);
      double expected = ms / 3_600_000.0 * 12.0 * 0.70; // Small: 12 DBU/h, at 0.70 USD per DBU
      assertThat(ms).as(model).isGreaterThanOrEqualTo(EXTRA_MS);
      assertThat(m.path("cost_usd").asDouble()).as(model).isCloseTo(expected, within(1e-9));
      assertThat(m.path("duration_ms").asLong()).as(model).isLessThan(EXTRA_MS);
      assertThat(m.path("bytes_scanned").asLong()).as(model).isPositive(); // read_bytes of the history
    }
    assertThat(run.out() + run.err() + cost.toString()).doesNotContain(emulator.pat());
  }

  @Test
  void aWarehouseErrorNamesTheModelAndFailsTheRun() throws IOException {
    Path p = project();
    Files.writeString(p.resolve("models/marts/daily.sql"),
        "SELECT day, CAST(CAST(day AS VARCHAR) || 'x' AS INT) AS broken FROM stg_orders");

    CliRun run = CliRun.run(p, "run");

    assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(2);
    JsonNode error = Json.mapper().readTree(run.out()).path("errors").get(0);
    assertThat(error.path("model").asText()).isEqualTo("daily");
    assertThat(error.path("error").asText()).contains("for model daily", "CAST_INVALID_INPUT");
    assertThat(error.path("failure_kind").asText()).isEqualTo("query-rejected");
    // a user error is not retried: the failing statement was submitted once
    assertThat(emulator.statements()).filteredOn(s -> s.state().equals("FAILED")).hasSize(1);
  }

  @Test
  void aReplayRebuildsEveryModelBitExactFromTheRecordedDeltaVersionsAfterTheSourceChanged() throws IOException {
    Path p = project();
    assertThat(CliRun.run(p, "run").exitCode()).isZero();
    assertThat(emulator.statements()).as("the run's versions and hashes are read without errors")
        .noneMatch(s -> s.state().equals("FAILED"))
        .anySatisfy(s -> assertThat(s.sql()).isEqualTo("DESCRIBE HISTORY `default`.`raw_orders` LIMIT 1"))
        .anySatisfy(s -> assertThat(s.sql()).contains("xxhash64(`id`, `day`, `amount`)"));
    // raw_orders changes after the run: a new Delta version the replay must not read
    assertThat(emulator.execute("UPDATE `default`.`raw_orders` SET amount = amount + 1")).isEqualTo("SUCCEEDED");
    int before = emulator.statements().size();

    JsonNode report = json(p, "replay", "latest", "--verify");

    for (JsonNode m : report.path("models")) {
      assertThat(m.path("verdict").asText()).as(m.toString()).isEqualTo("bit_exact");
      assertThat(m.path("replayed_output_hash").asText()).isEqualTo(m.path("output_hash").asText()).matches("-?\\d+");
    }
    assertThat(report.path("verdicts").path("bit_exact").asInt()).isEqualTo(3);
    String schema = "`replay__" + report.path("run").path("run_id").asText().replace('-', '_') + "`";
    List<DatabricksEmulator.Submitted> replay = emulator.statements().subList(before, emulator.statements().size());
    assertThat(replay).noneMatch(s -> s.state().equals("FAILED"))
        .anySatisfy(s -> assertThat(s.sql()).startsWith("CREATE OR REPLACE TABLE " + schema + ".`stg_orders`")
            .contains("`raw_orders` VERSION AS OF 0"))
        .anySatisfy(s -> assertThat(s.sql()).isEqualTo("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    assertThat(replay).filteredOn(s -> s.sql().startsWith("CREATE OR REPLACE TABLE"))
        .allSatisfy(s -> assertThat(s.sql()).startsWith("CREATE OR REPLACE TABLE " + schema));
    assertThat(emulator.execute("SELECT * FROM " + schema + ".`stg_orders`")).startsWith("FAILED");
  }

  @Test
  void aNonDeterministicModelIsNotReplayedAndATamperedRecordIsFoundCorrupt() throws IOException {
    Path p = project();
    write("models/marts/noisy.sql", "SELECT id, random() AS r FROM raw_orders");
    assertThat(CliRun.run(p, "run").exitCode()).isZero();
    JsonNode daily = null;
    for (JsonNode e : json(p, "history", "--limit", "1").path("runs").get(0).path("models_executed")) {
      daily = e.path("model_name").asText().equals("daily") ? e : daily;
    }
    Path record = p.resolve(".rocky/artifacts").resolve(java.util.Objects.requireNonNull(daily).path("provenance").asText());
    String recorded = daily.path("output_hash").asText();
    Files.writeString(record, Files.readString(record).replace(recorded, recorded.equals("1") ? "2" : "1"));

    JsonNode report = json(p, "replay", "latest", "--verify");

    Map<String, JsonNode> models = new java.util.HashMap<>();
    report.path("models").forEach(m -> models.put(m.path("model").asText(), m));
    assertThat(models.get("noisy").path("verdict").asText()).isEqualTo("non_replayable");
    assertThat(models.get("noisy").path("reason").asText()).contains("random()");
    assertThat(models.get("daily").path("verdict").asText()).isEqualTo("non_replayable");
    assertThat(models.get("daily").path("reason").asText()).contains("corrupt");
    assertThat(models.get("stg_orders").path("verdict").asText()).isEqualTo("bit_exact");
    assertThat(emulator.statements()).noneMatch(s -> s.sql().contains("`noisy`") && s.sql().contains("replay__"));
  }

  @Test
  void missingCredentialsAreAConfigErrorWithoutAStackTrace() throws IOException {
    Path p = project();
    Files.writeString(p.resolve("rocky.toml"), Files.readString(p.resolve("rocky.toml"))
        .replaceAll("token = .*\n", ""));

    CliRun run = CliRun.run(p, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error[config]", "[adapter.prod]", "no credentials").doesNotContain("\tat ");
  }

  @Test
  void previewCostShowsDatabricksExplainCostBesideTheHistory() throws IOException {
    Path p = project();
    write(".gitignore", ".rocky/\n");
    assumeTrue(git(p, "init", "-q", "-b", "main") && git(p, "add", "-A") && git(p, "commit", "-q", "-m", "shop"),
        "git is not installed");
    assertThat(CliRun.run(p, "run").exitCode()).isZero();
    assumeTrue(git(p, "checkout", "-q", "-b", "feature"));
    write("models/staging/stg_orders.sql", "SELECT id, day, amount * 2 AS amount FROM raw_orders");
    int before = emulator.statements().size();

    JsonNode preview = json(p, "preview", "cost", "main");

    JsonNode stg = preview.path("models").get(0);
    assertThat(stg.path("model").asText()).isEqualTo("stg_orders");
    assertThat(stg.path("history_runs").asInt()).isEqualTo(1);
    // EXPLAIN COST of its query on the table the run built: two rows of raw_orders, 64 bytes each in the emulation
    JsonNode estimate = stg.path("explain_estimate");
    assertThat(estimate.path("rows_scanned").asLong()).as(estimate.toString()).isEqualTo(2);
    assertThat(estimate.path("rows").asLong()).isEqualTo(2);
    assertThat(estimate.path("bytes_scanned").asLong()).isEqualTo(2 * 64);
    assertThat(emulator.statements().subList(before, emulator.statements().size()))
        .anySatisfy(s -> {
          assertThat(s.sql()).startsWith("EXPLAIN COST").contains("FROM `default`.`raw_orders`");
          assertThat(s.tags()).containsEntry("rocky_model", "stg_orders");
        })
        .noneSatisfy(s -> assertThat(s.sql()).startsWith("CREATE"));
    assertThat(preview.path("markdown").asText()).contains("| EXPLAIN |");
  }

  private static boolean git(Path dir, String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Test", "-c",
        "user.email=test@example.com", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    try {
      return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** What the history recorded for the statements tagged with {@code model}. */
  private long historyMillis(String model) {
    return emulator.statements().stream().filter(s -> model.equals(s.tags().get("rocky_model")))
        .mapToLong(s -> emulator.historyMillis(s.id())).sum();
  }

  private Path project() throws IOException {
    write("rocky.toml", """
        [adapter.prod]
        type = "databricks"
        host = "%s"
        http_path = "/sql/1.0/warehouses/%s"
        token = "${ROCKY_TEST_DATABRICKS_TOKEN:-%s}"
        timeout_secs = 30

        [adapter.prod.extra]
        catalog = "%s"
        wait_timeout_secs = 0

        [pipeline.main]
        type = "transformation"

        [pipeline.main.target]
        adapter = "prod"

        [cost]
        warehouse_size = "Small"
        compute_cost_per_dbu = 0.70
        """.formatted(emulator.host(), DatabricksEmulator.WAREHOUSE_ID, emulator.pat(), DatabricksEmulator.CATALOG));
    Map.of("models/raw_orders.sql", "SELECT 1 AS id, 3 AS day, 12.5 AS amount UNION ALL SELECT 2, 4, 8.0",
        "models/staging/stg_orders.sql", "SELECT id, day, amount FROM raw_orders WHERE amount > 10",
        "models/marts/daily.sql", "SELECT day, sum(amount) AS revenue FROM stg_orders GROUP BY day")
        .forEach(this::write);
    return dir;
  }

  private void write(String path, String text) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private JsonNode json(Path p, String... args) throws IOException {
    CliRun run = CliRun.run(p, args);
    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    return Json.mapper().readTree(run.out());
  }
}
