package dev.rocky.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.serve.ServedProject.Answer;
import dev.rocky.store.local.SqliteStateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky serve}'s local wiring over real HTTP, a real DuckDB warehouse and state file. */
class ServeTest {
  @TempDir Path dir;

  @AfterAll
  static void everyDeclaredAnswerWasSeen() {
    assertThat(ServedProject.CONTRACT.unobserved()).isEmpty();
  }

  @Test
  void startsFollowsAndListsRunsAndServesTheModels() throws Exception {
    try (ServedProject p = ServedProject.start(dir)) {
      Answer health = p.send("GET", "/health", null, null);
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.body().path("status").asText()).isEqualTo("ok");
      Answer anonymous = p.send("GET", "/runs", null, null);
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.challenge()).isEqualTo("Bearer realm=\"rocky\"");
      assertThat(p.send("POST", "/runs", "{}", "wrong").status()).isEqualTo(401);
      for (String path : List.of("/models", "/models/stg_orders/lineage", "/runs/run-20260101-000000-000")) {
        assertThat(p.send("GET", path, null, null).code()).as(path).isEqualTo("unauthorized");
      }

      JsonNode models = p.get("/models").body();
      assertThat(models.path("models")).extracting(m -> m.path("name").asText())
          .containsExactlyInAnyOrder("stg_orders", "customer_revenue", "daily_revenue");
      assertThat(models.path("pipelines").get(0).path("name").asText()).isEqualTo("shop");
      JsonNode lineage = p.get("/models/customer_revenue/lineage").body();
      assertThat(lineage.path("upstream")).extracting(JsonNode::asText).containsExactly("stg_orders");
      assertThat(p.get("/models/nope/lineage").code()).isEqualTo("model_not_found");

      Answer started = p.post("{\"idempotency_key\":\"daily-2026-01-02\",\"session_source\":\"dagster\",\"trigger\":\"Schedule\"}");
      assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
      String runId = started.body().path("run_id").asText();
      assertThat(started.location()).isEqualTo("/runs/" + runId);
      JsonNode done = p.awaitDone(runId);
      assertThat(done.path("status").asText()).as("%s", done).isEqualTo("Success");
      assertThat(done.path("session_source").asText()).isEqualTo("dagster");
      assertThat(done.path("trigger").asText()).isEqualTo("Schedule");
      assertThat(done.path("idempotency_key").asText()).isEqualTo("daily-2026-01-02");
      assertThat(done.path("models")).extracting(m -> m.path("model_name").asText() + "=" + m.path("status").asText())
          .containsExactlyInAnyOrder("stg_orders=success", "customer_revenue=success", "daily_revenue=success");

      Answer again = p.post("{\"idempotency_key\":\"daily-2026-01-02\"}");
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.body().path("status").asText()).isEqualTo("SkippedIdempotent");
      assertThat(again.body().path("run_id").asText()).isEqualTo(runId);

      Answer branch = p.post("{\"pipeline\":\"shop\",\"selection\":[\"+customer_revenue\"],\"branch\":\"pr_7\"}");
      assertThat(branch.status()).isEqualTo(202);
      JsonNode onBranch = p.awaitDone(branch.body().path("run_id").asText());
      assertThat(onBranch.path("status").asText()).as("%s", onBranch).isEqualTo("Success");
      assertThat(onBranch.path("branch").asText()).isEqualTo("pr_7");
      assertThat(onBranch.path("models")).extracting(m -> m.path("model_name").asText())
          .containsExactlyInAnyOrder("stg_orders", "customer_revenue");
      assertThat(tables(p.root)).contains("branch__pr_7.customer_revenue", "marts.customer_revenue", "marts.daily_revenue");

      List<String> listed = ids(p.get("/runs").body());
      assertThat(listed).containsExactly(onBranch.path("run_id").asText(), runId);
      assertThat(ids(p.get("/runs?pipeline=shop&limit=1").body())).containsExactly(onBranch.path("run_id").asText());
      assertThat(p.get("/runs?pipeline=nope").code()).isEqualTo("pipeline_not_found");
      assertThat(p.get("/runs?limit=1000").code()).isEqualTo("request_invalid");
      assertThat(p.post("{\"pipeline\":\"nope\"}").code()).isEqualTo("pipeline_not_found");
      assertThat(p.post("{\"selection\":[\"nope\"]}").code()).isEqualTo("request_invalid");
      assertThat(p.send("POST", "/runs", "{\"selection\":\"nope\"}", ServedProject.TOKEN).code()).isEqualTo("request_invalid");
      assertThat(p.get("/runs/run-20990101-000000-000").code()).isEqualTo("run_not_found");
      assertThat(p.send("PUT", "/models", "{}", ServedProject.TOKEN).status()).isEqualTo(405);
      assertThat(p.get("/no/such/route").status()).isEqualTo(404);
      assertThat(p.log.toString()).isEmpty();
    }
  }

  @Test
  void aSecondRunWhileOneIsStartingIsAConflict() throws Exception {
    try (ServedProject p = ServedProject.start(dir)) {
      p.get("/models"); // the compiler is warm: both requests get past their compile quickly
      SqliteStateStore.forProject(p.root).close();
      CompletableFuture<Answer> first;
      CompletableFuture<Answer> second;
      try (Connection lock = DriverManager.getConnection("jdbc:sqlite:" + p.root.resolve(SqliteStateStore.DEFAULT_PATH));
          Statement s = lock.createStatement()) {
        // The state file's writer lock: each run waits for it (up to its busy timeout) to take the run lease.
        s.execute("BEGIN IMMEDIATE");
        first = CompletableFuture.supplyAsync(() -> p.post("{}"));
        second = CompletableFuture.supplyAsync(() -> p.post("{}"));
        Answer conflict = (Answer) CompletableFuture.anyOf(first, second).get(30, TimeUnit.SECONDS);
        assertThat(conflict.status()).as("%s", conflict.body()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("run_in_progress");
        s.execute("ROLLBACK");
      }
      Answer winner = first.get(30, TimeUnit.SECONDS).status() == 409 ? second.get(30, TimeUnit.SECONDS) : first.get();
      assertThat(winner.status()).as("%s", winner.body()).isEqualTo(202);
      assertThat(p.awaitDone(winner.body().path("run_id").asText()).path("status").asText()).isEqualTo("Success");
    }
  }

  @Test
  void aRunOfAnotherProcessIsAConflictNamingIt() {
    try (ServedProject p = ServedProject.start(dir)) {
      try (SqliteStateStore state = SqliteStateStore.forProject(p.root)) {
        state.acquireLease("ci-runner:4242:run-20260101-120000-000", Duration.ofHours(1));
      }

      Answer conflict = p.post("{}");

      assertThat(conflict.status()).isEqualTo(409);
      assertThat(conflict.body().path("running_run_id").asText()).isEqualTo("run-20260101-120000-000");
      assertThat(conflict.body().path("remediation_hint").asText()).contains("/runs/run-20260101-120000-000");
    }
  }

  @Test
  void aBrokenProjectRunsNothingAndAFailingModelFailsOnlyItsRun() throws Exception {
    try (ServedProject p = ServedProject.start(dir)) {
      Path daily = p.root.resolve("models/daily_revenue.sql");
      Files.writeString(daily, "SELEC ordered_at FROM stg_orders");
      Answer invalid = p.post("{}");
      assertThat(invalid.status()).isEqualTo(422);
      assertThat(invalid.body().path("diagnostics").findValuesAsText("code")).isNotEmpty();
      assertThat(p.get("/models").body().path("has_errors").asBoolean()).isTrue();

      Files.writeString(daily, "SELECT CAST(CAST(customer_id AS VARCHAR) || 'x' AS INTEGER) AS n FROM stg_orders");
      Answer started = p.post("{}");
      assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
      JsonNode done = p.awaitDone(started.body().path("run_id").asText());
      assertThat(done.path("status").asText()).as("%s", done).isEqualTo("PartialFailure");
      JsonNode failed = done.path("models").findParents("model_name").stream()
          .filter(m -> m.path("model_name").asText().equals("daily_revenue")).findFirst().orElseThrow();
      assertThat(failed.path("status").asText()).isEqualTo("failed");
      assertThat(failed.path("error").asText()).contains("daily_revenue.sql");

      Files.delete(p.root.resolve("rocky.toml"));
      assertThat(p.get("/models").code()).isEqualTo("project_invalid");
      assertThat(p.get("/models").status()).isEqualTo(422);
      assertThat(p.get("/models/daily_revenue/lineage").status()).isEqualTo(422);
    }
  }

  private static List<String> ids(JsonNode list) {
    return list.path("runs").findValuesAsText("run_id");
  }

  private static List<String> tables(Path root) throws Exception {
    java.util.Properties readOnly = new java.util.Properties();
    readOnly.setProperty("access_mode", "READ_ONLY");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + root.resolve("warehouse.duckdb"), readOnly);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables ORDER BY 1")) {
      List<String> out = new java.util.ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    }
  }
}
