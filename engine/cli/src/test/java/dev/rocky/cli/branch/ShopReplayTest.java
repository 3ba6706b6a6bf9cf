package dev.rocky.cli.branch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.testkit.TestProjects;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay on every strategy: the shop fixture (full refresh, incremental, merge, delete_insert,
 * time_interval, view, ephemeral) run twice, then every model of the second run rebuilt from its
 * recorded recipe and inputs.
 */
class ShopReplayTest {
  @TempDir Path dir;

  @Test
  void everyModelOfEveryStrategyReplaysBitExact() throws Exception {
    Path shop = TestProjects.copyTo(TestProjects.SHOP, dir.resolve("shop"));
    ok(shop, "seed", "--sql");
    ok(shop, "run", "--from", "2026-01-01", "--to", "2026-01-05");
    ok(shop, "run", "--from", "2026-01-04", "--to", "2026-01-05");

    JsonNode report = ok(shop, "replay", "latest", "--verify");

    TreeMap<String, String> verdicts = new TreeMap<>();
    TreeMap<String, String> strategies = new TreeMap<>();
    report.path("models").forEach(m -> verdicts.put(m.path("model").asText(),
        m.path("verdict").asText() + (m.has("reason") ? ": " + m.path("reason").asText() : "")));
    for (JsonNode m : report.path("models")) {
      assertThat(m.path("verdict").asText()).as("%s", verdicts).isEqualTo("bit_exact");
    }
    assertThat(verdicts).hasSize(26);
    JsonNode plan = ok(shop, "plan");
    plan.path("models").forEach(m -> strategies.put(m.path("strategy").asText(), m.path("model").asText()));
    assertThat(strategies.keySet()).contains("full_refresh", "incremental", "merge", "delete_insert", "time_interval", "view");
  }

  private static JsonNode ok(Path project, String... args) throws Exception {
    CliRun run = CliRun.run(project, args);
    assertThat(run.exitCode()).as("%s%n%s", run.err(), run.out()).isZero();
    return Json.mapper().readTree(run.out());
  }
}
