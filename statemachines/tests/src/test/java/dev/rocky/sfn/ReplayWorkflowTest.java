package dev.rocky.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.run.RunStatus;
import dev.rocky.fn.support.FunctionJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replay.asl.json} with the real replay function ({@code ReplayService}: each model rebuilt
 * from its recorded recipe over its recorded inputs on a scratch DuckDB) over a run that a local
 * {@code rocky run} recorded, with its provenance, in the deployment's DynamoDB Local table and
 * S3Proxy bucket. Windows of 4 models and batches of 2 make the six-model run take two batch loops
 * and one continue-as-new.
 */
class ReplayWorkflowTest {
  @TempDir Path dir;

  private String record(Deployment aws, Map<String, String> files) {
    Shop.seed(aws.warehouse, false);
    Shop.write(files, dir.resolve("project"));
    RunOutput run = LocalRocky.recorded(dir.resolve("project"), aws.warehouse, aws.stores.state(), aws.stores.artifacts());
    assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
    return aws.stores.state().recentRuns(1).getFirst().runId();
  }

  @Test
  void theLatestRunIsReplayedBitExactWindowByWindow() {
    try (Deployment aws = new Deployment(dir)) {
      String runId = record(aws, Shop.files());
      aws.replay(4, 2);

      Execution replay = aws.run("replay.asl.json", Map.of("run", "latest"));

      assertThat(replay.succeeded()).as(replay.toString()).isTrue();
      assertThat(replay.output().path("run_id").asText()).isEqualTo(runId);
      assertThat(replay.output().path("verdict").asText()).isEqualTo("reproduced");
      assertThat(replay.output().path("models").asInt()).isEqualTo(4);
      assertThat(replay.output().path("summary").asText()).contains("4 bit_exact");
      JsonNode report = report(aws, replay.output().path("report_key").asText());
      assertThat(report.path("verdicts").toString()).isEqualTo("{\"bit_exact\":4}");
      assertThat(report.path("models")).allSatisfy(m ->
          assertThat(m.path("replayed_output_hash").asText()).isEqualTo(m.path("output_hash").asText()));
      assertThat(replay.detached()).singleElement().satisfies(next -> {
        assertThat(next.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(next.path("output").path("models").asInt()).isEqualTo(2);
        assertThat(next.path("output").path("verdict").asText()).isEqualTo("reproduced");
      });
      assertThat(aws.bridge.calls("replay")).filteredOn(c -> c.payload().contains("\"step\":\"model\"")).hasSize(6);
    }
  }

  @Test
  void aModelThatDoesNotReproduceFailsItsWindow() {
    try (Deployment aws = new Deployment(dir)) {
      Map<String, String> files = Shop.files();
      files.put("models/order_sample.sql", "SELECT order_id, random() AS draw FROM stg_orders\n");
      String runId = record(aws, files);

      Execution replay = aws.run("replay.asl.json", Map.of("run", runId, "mode", "verify"));

      assertThat(replay.status()).as(replay.toString()).isEqualTo("FAILED");
      assertThat(replay.error()).isEqualTo("Rocky.ReplayDiffers");
      assertThat(replay.cause()).startsWith(runId + ": 7 models").contains("6 bit_exact").contains("order_sample");
      assertThat(replay.detached()).isEmpty();
    }
  }

  private static JsonNode report(Deployment aws, String key) {
    try {
      return FunctionJson.mapper().readTree(aws.stores.artifacts().get(key).orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
