package dev.rocky.cli.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.testkit.emulator.snowflake.SnowflakeEmulator;
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
 * {@code rocky run} on a three-model project whose target adapter is an emulated Snowflake account
 * (the real JDBC driver over HTTP): each model's statements carry its {@code QUERY_TAG}, and
 * {@code rocky cost} prices them from {@code QUERY_HISTORY} (the account has no attribution
 * history): elapsed time x credits per hour of the size x USD per credit.
 */
class SnowflakeRunTest {
  @TempDir Path dir;
  private SnowflakeEmulator emulator;

  @BeforeEach
  void start() {
    emulator = SnowflakeEmulator.start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void runsThreeModelsTaggedPerModelAndPricesThemFromTheQueryHistory() throws IOException {
    Path p = project();

    CliRun run = CliRun.run(p, "run");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    for (String model : List.of("raw_orders", "stg_orders", "daily")) {
      assertThat(emulator.queries()).as(model).anySatisfy(q -> {
        assertThat(q.sql()).startsWith("CREATE OR REPLACE TABLE").contains("\"" + model + "\"");
        assertThat(q.tag()).contains("\"rocky_model\":\"" + model + "\"");
      });
    }

    JsonNode cost = json(p, "cost", "latest", "--by", "model");
    assertThat(cost.path("adapter_type").asText()).isEqualTo("snowflake");
    assertThat(cost.path("per_model")).hasSize(3);
    for (JsonNode m : cost.path("per_model")) {
      String model = m.path("model").asText();
      long ms = emulator.queries().stream().filter(q -> q.tag().contains("\"rocky_model\":\"" + model + "\""))
          .filter(q -> !q.sql().startsWith("SELECT")).mapToLong(SnowflakeEmulator.Query::elapsedMillis).sum();
      // Small: 2 credits per hour, at 2.50 USD per credit
      assertThat(m.path("cost_usd").asDouble()).as(model).isCloseTo(ms / 3_600_000.0 * 2 * 2.50, within(1e-9));
      assertThat(m.path("bytes_scanned").asLong()).as(model).isPositive();
    }
    assertThat(run.out() + run.err() + cost).doesNotContain(emulator.password());
  }

  @Test
  void aReplayRebuildsEveryModelBitExactFromTheRecordedInstantAfterTheSourceChanged() throws IOException {
    Path p = project();
    assertThat(CliRun.run(p, "run").exitCode()).isZero();
    String table = "\"PUBLIC\".\"raw_orders\"";
    assertThat(emulator.queries()).as("the run reads its statement times and hashes its outputs")
        .anySatisfy(q -> assertThat(q.sql()).startsWith("SELECT CURRENT_TIMESTAMP()"))
        .anySatisfy(q -> assertThat(q.sql()).contains("HASH_AGG(*)"));
    // raw_orders changes after the run: Time Travel at the recorded instant still reads the old rows
    assertThat(emulator.execute("UPDATE " + table + " SET \"amount\" = \"amount\" + 1")).isEqualTo("SUCCESS");
    int before = emulator.queries().size();

    JsonNode report = json(p, "replay", "latest", "--verify");

    for (JsonNode m : report.path("models")) {
      assertThat(m.path("verdict").asText()).as(m.toString()).isEqualTo("bit_exact");
      assertThat(m.path("replayed_output_hash").asText()).isEqualTo(m.path("output_hash").asText()).matches("-?\\d+");
    }
    assertThat(report.path("verdicts").path("bit_exact").asInt()).isEqualTo(3);
    String schema = "replay__" + report.path("run").path("run_id").asText().replace('-', '_');
    List<SnowflakeEmulator.Query> replay = emulator.queries().subList(before, emulator.queries().size());
    assertThat(replay)
        .anySatisfy(q -> assertThat(q.sql()).startsWith("CREATE OR REPLACE TABLE").contains(schema + "\".\"stg_orders\"")
            .contains("\"raw_orders\" AT(TIMESTAMP => TO_TIMESTAMP_LTZ('"))
        .anySatisfy(q -> assertThat(q.sql()).startsWith("DROP SCHEMA IF EXISTS").contains(schema));
    assertThat(replay).filteredOn(q -> q.sql().startsWith("CREATE OR REPLACE TABLE"))
        .allSatisfy(q -> assertThat(q.sql()).contains(schema));
    assertThat(emulator.execute("SELECT * FROM \"" + schema + "\".\"stg_orders\"")).startsWith("FAILED").contains("stg_orders");
  }

  private Path project() throws IOException {
    write("rocky.toml", """
        [adapter.prod]
        type = "snowflake"
        account = "%s"
        username = "%s"
        password = "${ROCKY_TEST_SNOWFLAKE_PASSWORD:-%s}"
        warehouse = "ROCKY_WH"
        database = "%s"
        role = "ROCKY_ROLE"

        [adapter.prod.extra]
        endpoint = "%s"

        [pipeline.main]
        type = "transformation"

        [pipeline.main.target]
        adapter = "prod"

        [cost]
        warehouse_size = "Small"
        compute_cost_per_credit = 2.50
        """.formatted(SnowflakeEmulator.ACCOUNT, SnowflakeEmulator.USER, emulator.password(), SnowflakeEmulator.DATABASE,
        emulator.endpoint()));
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
