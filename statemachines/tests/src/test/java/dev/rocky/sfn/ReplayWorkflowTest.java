package dev.rocky.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replay.asl.json} over a run recorded for real (the run state machine, the functions,
 * DuckDB); the replay function does not exist yet: {@link ReplayFunctionStub} answers its
 * contract. Its windows of 4 models and batches of 2 make the six-model run take two batches
 * loops and one continue-as-new.
 */
class ReplayWorkflowTest {
  @TempDir Path dir;

  private static String record(Deployment aws) {
    Shop.seed(aws.warehouse, false);
    Execution run = aws.run("run.asl.json", Map.of("snapshot_key", aws.upload("snapshots/shop.zip", Shop.zip(Shop.files()))));
    assertThat(run.succeeded()).as(run.toString()).isTrue();
    return run.output().path("run_id").asText();
  }

  @Test
  void theLatestRunIsReplayedWindowByWindow() {
    try (Deployment aws = new Deployment(dir)) {
      String runId = record(aws);
      aws.bridge.register("replay", new ReplayFunctionStub(aws.stores.state(), 4, 2, Set.of()));

      Execution replay = aws.run("replay.asl.json", Map.of("run", "latest"));

      assertThat(replay.succeeded()).as(replay.toString()).isTrue();
      assertThat(replay.output().path("run_id").asText()).isEqualTo(runId);
      assertThat(replay.output().path("verdict").asText()).isEqualTo("reproduced");
      assertThat(replay.output().path("models").asInt()).isEqualTo(4);
      assertThat(replay.detached()).singleElement().satisfies(next -> {
        assertThat(next.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(next.path("output").path("models").asInt()).isEqualTo(2);
      });
      assertThat(aws.bridge.calls("replay")).filteredOn(c -> c.payload().contains("\"step\":\"model\"")).hasSize(6);
    }
  }

  @Test
  void aModelThatDiffersFailsItsWindow() {
    try (Deployment aws = new Deployment(dir)) {
      String runId = record(aws);
      aws.bridge.register("replay", new ReplayFunctionStub(aws.stores.state(), 10, 4, Set.of("fct_revenue_by_country")));

      Execution replay = aws.run("replay.asl.json", Map.of("run", runId, "mode", "verify"));

      assertThat(replay.status()).isEqualTo("FAILED");
      assertThat(replay.error()).isEqualTo("Rocky.ReplayDiffers");
      assertThat(replay.cause()).contains("differs fct_revenue_by_country").contains(runId);
      assertThat(replay.detached()).isEmpty();
    }
  }
}
