package dev.rocky.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.bench.GeneratedProject;
import dev.rocky.bench.ProjectGenerator;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 5,000-model generated project ({@link ProjectGenerator}, seed 42) through {@code run.asl.json}:
 * every state's input and output, every task payload and result, and every Map state's result stay
 * under Step Functions' 256 KB; no execution's history nears 25,000 events.
 *
 * <p>The compile and run functions are the real ones. The execute step is {@link RecordingExecute}
 * (the function's contract, committing to DynamoDB Local, no warehouse): executing 5,000 models on
 * DuckDB through the real execute function takes well over ten minutes on a shared 2-core machine,
 * mostly in its per-model read of the run's executions. {@code -Drocky.sfn.large.duckdb=true} runs
 * the real execute function on DuckDB instead.
 */
class LargeProjectTest {
  private static final int MODELS = 5_000;
  private static final int LIMIT = 256 * 1024;

  @TempDir Path dir;

  @Test
  void aFiveThousandModelRunStaysUnderTheLimits() {
    GeneratedProject project = ProjectGenerator.generate(MODELS, 42);
    SortedMap<String, String> files = project.files();
    // The marts alias a column "measure", a reserved word of Calcite 1.42's parser (E004 at this
    // commit, although DuckDB accepts it): renamed here so that the 750 marts compile.
    files.replaceAll((path, text) -> path.startsWith("models/marts/") ? text.replace(" AS measure,", " AS measure_amount,") : text);
    boolean duckdb = Boolean.getBoolean("rocky.sfn.large.duckdb");
    try (Deployment aws = new Deployment(dir)) {
      long t0 = System.nanoTime();
      if (duckdb) {
        aws.warehouse.execute(project.seedSql());
      } else {
        aws.bridge.register("execute", new RecordingExecute(aws.stores.state(), aws.stores.artifacts()));
      }
      String snapshot = aws.upload("snapshots/large.zip", Shop.zip(files));
      long t1 = System.nanoTime();

      Execution run = aws.run("run.asl.json", Map.of("snapshot_key", snapshot, "parallel", 8), 0, Duration.ofMinutes(30));
      long t2 = System.nanoTime();
      System.out.printf("seed+upload %d ms, run %d ms%n%s%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, run.stats());

      assertThat(run.succeeded()).as(run.toString()).isTrue();
      RunRecord record = aws.stores.state().run(run.output().path("run_id").asText()).orElseThrow();
      assertThat(record.status()).isEqualTo(RunStatus.SUCCESS);
      assertThat(record.modelsExecuted()).hasSize(MODELS);
      JsonNode stats = run.stats();
      assertThat(stats.path("maxStateBytes").asInt()).as(stats.path("maxStateBytesAt").asText()).isLessThan(LIMIT / 8);
      assertThat(stats.path("maxTaskPayloadBytes").asInt()).isLessThan(LIMIT / 8);
      assertThat(stats.path("maxTaskResultBytes").asInt()).isLessThan(LIMIT / 8);
      JsonNode batches = stats.path("maps").path("ExecuteBatch");
      assertThat(batches.path("maxItems").asInt() * batches.path("maxIterationOutputBytes").asInt()).isLessThan(LIMIT / 4);
      assertThat(stats.path("executions").size()).isGreaterThanOrEqualTo(1 + MODELS / 1000);
      for (JsonNode execution : stats.path("executions")) {
        assertThat(execution.path("awsHistoryEstimate").asInt()).as(execution.toString()).isLessThan(25_000 * 3 / 4);
      }
    }
  }
}
