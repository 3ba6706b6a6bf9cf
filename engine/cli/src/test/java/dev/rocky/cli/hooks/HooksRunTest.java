package dev.rocky.cli.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky run} on DuckDB with a project's [hook] section: the events, their JSON, abort and timeouts. */
class HooksRunTest {
  @TempDir Path dir;

  private static final String CONFIG = """
      [adapter.local]
      type = "duckdb"
      path = "warehouse.duckdb"

      [pipeline.main]
      type = "transformation"

      [pipeline.main.target]
      adapter = "local"
      """;

  private Path project(String hooks, Map<String, String> models) throws IOException {
    Files.writeString(dir.resolve("rocky.toml"), CONFIG + hooks);
    for (Map.Entry<String, String> m : models.entrySet()) {
      Path f = dir.resolve(m.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, m.getValue());
    }
    return dir;
  }

  private static final Map<String, String> TWO = Map.of(
      "models/orders.sql", "SELECT g.generate_series AS id FROM generate_series(1, 10) AS g",
      "models/big_orders.sql", "SELECT id FROM orders WHERE id > 5");

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(Json.mapper().readTree(line));
    }
    return out;
  }

  private static boolean tableExists(Path db, String table) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + db);
        var rs = c.createStatement().executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  @Test
  void shellHooksReceiveEachEventOfTheRunAsDocumentedJsonOnStdin() throws Exception {
    StringBuilder hooks = new StringBuilder();
    for (String event : List.of("on_pipeline_start", "on_before_model_run", "on_after_model_run",
        "on_pipeline_complete")) {
      hooks.append("\n[[hook.").append(event).append("]]\ncommand = \"cat >> events.jsonl; echo >> events.jsonl\"\n");
    }
    Path p = project(hooks.toString(), TWO);

    CliRun run = CliRun.run(p, "run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String runId = Json.mapper().readTree(run.out()).path("run_id").asText();
    List<JsonNode> events = lines(p.resolve("events.jsonl"));
    assertThat(events).extracting(e -> e.path("event").asText()).containsExactly(
        "on_pipeline_start", "on_before_model_run", "on_after_model_run", "on_before_model_run",
        "on_after_model_run", "on_pipeline_complete");
    for (JsonNode e : events) {
      assertThat(e.path("run_id").asText()).isEqualTo(runId);
      assertThat(e.path("pipeline").asText()).isEqualTo("main");
      assertThat(e.path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
      assertThat(e.path("metadata").isObject()).isTrue();
    }
    JsonNode start = events.getFirst();
    assertThat(start.path("metadata").path("models").asInt()).isEqualTo(2);
    JsonNode before = events.get(1);
    assertThat(before.path("model").asText()).isEqualTo("orders");
    assertThat(before.path("table").asText()).endsWith("orders");
    JsonNode after = events.get(2);
    assertThat(after.path("model").asText()).isEqualTo("orders");
    assertThat(after.path("metadata").path("status").asText()).isEqualTo("success");
    assertThat(after.has("duration_ms")).isTrue();
    JsonNode done = events.getLast();
    assertThat(done.path("metadata").path("status").asText()).isEqualTo("Success");
    assertThat(done.path("metadata").path("tables_copied").asInt()).isEqualTo(2);
    assertThat(done.has("error")).isFalse();
  }

  @Test
  void aModelErrorAndThePipelineErrorCarryTheWarehouseMessage() throws Exception {
    Path p = project("""

        [[hook.on_model_error]]
        command = "cat >> errors.jsonl; echo >> errors.jsonl"

        [[hook.on_pipeline_error]]
        command = "cat >> errors.jsonl; echo >> errors.jsonl"
        """, Map.of("models/broken.sql", "SELECT CAST('x' AS INTEGER) AS id"));

    CliRun run = CliRun.run(p, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    List<JsonNode> events = lines(p.resolve("errors.jsonl"));
    assertThat(events).extracting(e -> e.path("event").asText()).containsExactly("on_model_error", "on_pipeline_error");
    assertThat(events.get(0).path("model").asText()).isEqualTo("broken");
    assertThat(events.get(0).path("error").asText()).containsIgnoringCase("conver");
    assertThat(events.get(1).path("error").asText()).startsWith("broken: ");
  }

  @Test
  void aFailingHookWithOnFailureAbortStopsTheRunBeforeAnyModelIsBuilt() throws Exception {
    Path p = project("""

        [[hook.on_pipeline_start]]
        command = "echo deploy freeze in effect >&2; exit 4"
        on_failure = "abort"
        """, TWO);

    CliRun run = CliRun.run(p, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode out = Json.mapper().readTree(run.out());
    assertThat(out.path("status").asText()).isEqualTo("Failure");
    assertThat(out.path("interrupted").asBoolean()).isTrue();
    assertThat(out.path("tables_copied").asInt()).isZero();
    assertThat(out.path("tables_skipped").asInt()).isEqualTo(2);
    assertThat(run.err()).contains("error: hook on_pipeline_start 'echo deploy freeze in effect >&2; exit 4'"
        + " exited with status 4: deploy freeze in effect; the run fails (on_failure = \"abort\")");
    assertThat(run.err()).contains("stopped the run");
    assertThat(tableExists(p.resolve("warehouse.duckdb"), "orders")).isFalse();
  }

  @Test
  void anAbortingModelHookStopsTheModelsAfterIt() throws Exception {
    Path p = project("""

        [[hook.on_after_model_run]]
        command = "exit 1"
        on_failure = "abort"
        """, TWO);

    CliRun run = CliRun.run(p, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode out = Json.mapper().readTree(run.out());
    assertThat(out.path("tables_copied").asInt()).as("orders was built before its hook failed").isEqualTo(1);
    assertThat(out.path("tables_skipped").asInt()).isEqualTo(1);
    assertThat(tableExists(p.resolve("warehouse.duckdb"), "big_orders")).isFalse();
  }

  @Test
  void aHookThatTimesOutIsReportedAndHandledPerOnFailure() throws Exception {
    Path p = project("""

        [[hook.on_pipeline_start]]
        command = "sleep 20"
        timeout_ms = 300
        """, TWO);

    long started = System.nanoTime();
    CliRun warned = CliRun.run(p, "run");

    assertThat((System.nanoTime() - started) / 1_000_000).as("the hook was killed at its timeout").isLessThan(15_000);
    assertThat(warned.exitCode()).as(warned.err()).isZero();
    assertThat(warned.err()).contains("warning: hook on_pipeline_start 'sleep 20' timed out after 300 ms");

    Files.writeString(p.resolve("rocky.toml"), CONFIG + """

        [[hook.on_pipeline_start]]
        command = "sleep 20"
        timeout_ms = 300
        on_failure = "abort"
        """);
    CliRun aborted = CliRun.run(p, "run");
    assertThat(aborted.exitCode()).isEqualTo(1);
    assertThat(aborted.err()).contains("timed out after 300 ms; the run fails (on_failure = \"abort\")");
  }

  @Test
  void aWebhookOfTheRunArrivesSignedWithTheSecret() throws Exception {
    List<String[]> got = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      got.add(new String[] {ex.getRequestHeaders().getFirst("X-Rocky-Signature"), body});
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    server.start();
    try {
      Path p = project("""

          [hook.webhooks.on_pipeline_complete]
          url = "http://127.0.0.1:%d/rocky"
          secret = "${HOOK_TEST_SECRET:-shh-its-a-secret}"
          """.formatted(server.getAddress().getPort()), TWO);

      CliRun run = CliRun.run(p, "run");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(got).hasSize(1);
      String signature = got.getFirst()[0];
      String body = got.getFirst()[1];
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec("shh-its-a-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      assertThat(signature).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8))));
      assertThat(Json.mapper().readTree(body).path("event").asText()).isEqualTo("on_pipeline_complete");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void checksFireBeforeEachResultAndAfterAndHooksGetTheirEnv() throws Exception {
    Path p = project("""

        [pipeline.main.checks]
        enabled = true
        row_count = true

        [[pipeline.main.checks.assertions]]
        table = "orders"
        type = "not_null"
        column = "id"

        [[hook.on_before_checks]]
        command = "cat >> checks.jsonl; echo >> checks.jsonl"

        [[hook.on_check_result]]
        command = "cat >> checks.jsonl; echo >> checks.jsonl"

        [[hook.on_after_checks]]
        command = "cat >> checks.jsonl; echo >> checks.jsonl; printf %s $TEAM > team.txt"
        env = { TEAM = "data-platform" }
        """, TWO);

    CliRun run = CliRun.run(p, "run");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    List<JsonNode> events = lines(p.resolve("checks.jsonl"));
    assertThat(events.getFirst().path("event").asText()).isEqualTo("on_before_checks");
    assertThat(events.getLast().path("event").asText()).isEqualTo("on_after_checks");
    List<JsonNode> results = events.subList(1, events.size() - 1);
    assertThat(results).isNotEmpty().allSatisfy(e -> {
      assertThat(e.path("event").asText()).isEqualTo("on_check_result");
      assertThat(e.path("table").asText()).isNotBlank();
      assertThat(e.path("metadata").path("passed").isBoolean()).isTrue();
    });
    assertThat(results).extracting(e -> e.path("metadata").path("check").asText()).contains("row_count");
    JsonNode after = events.getLast().path("metadata");
    assertThat(after.path("checks_passed").asInt() + after.path("checks_failed").asInt()).isEqualTo(results.size());
    assertThat(Files.readString(p.resolve("team.txt")).strip()).isEqualTo("data-platform");
  }
}
