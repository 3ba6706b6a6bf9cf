package dev.rocky.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.bench.GeneratedProject;
import dev.rocky.bench.ProjectGenerator;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated projects ({@link ProjectGenerator}, seed 42) through {@code run.asl.json}: every state's
 * input and output, every task payload and result, and every Map state's result stay under Step
 * Functions' 256 KB; no execution's history nears 25,000 events.
 *
 * <p>The compile and run functions are always the real ones. At 5,000 models the execute step is
 * {@link RecordingExecute} (the function's contract, committing to DynamoDB Local, no warehouse):
 * the real execute function on DuckDB for 5,000 models does not fit a CI test on a shared 2-core
 * machine ({@code -Drocky.sfn.large.duckdb=true} runs it there too). The real execute function on
 * DuckDB runs a 300-model project ({@code -Drocky.sfn.real.models=N} for another size). The steps
 * after the models (a recompile each, the catalog) are pass-throughs here; they have their own tests.
 */
class LargeProjectTest {
  private static final int MODELS = 5_000;
  private static final int LIMIT = 256 * 1024;

  @TempDir Path dir;

  @Test
  void aFiveThousandModelRunStaysUnderTheLimits() {
    run(MODELS, Boolean.getBoolean("rocky.sfn.large.duckdb"));
  }

  @Test
  void theRealExecuteFunctionRunsAGeneratedProjectOnDuckDb() {
    int models = Integer.getInteger("rocky.sfn.real.models", 300);
    assertThat(run(models, true)).hasSize(models)
        .allSatisfy(c -> assertThat(c.response()).contains("\"status\":\"success\""));
  }

  /** Runs a generated project of {@code models} models; returns the execute function's calls. */
  private List<LambdaBridge.Call> run(int models, boolean duckdb) {
    GeneratedProject project = ProjectGenerator.generate(models, 42);
    SortedMap<String, String> files = project.files();
    // The marts alias a column "measure", a reserved word of Calcite 1.42's parser (E004 at this
    // commit, although DuckDB accepts it): renamed here so that the marts compile.
    files.replaceAll((path, text) -> path.startsWith("models/marts/") ? text.replace(" AS measure,", " AS measure_amount,") : text);
    try (Deployment aws = new Deployment(dir)) {
      long t0 = System.nanoTime();
      if (duckdb) {
        aws.warehouse.execute(project.seedSql());
      } else {
        aws.bridge.register("execute", new RecordingExecute(aws.stores.state(), aws.stores.artifacts()));
      }
      aws.bridge.passThrough("cost", in -> Deployment.passedThrough("cost"));
      aws.bridge.passThrough("govern", in -> {
        ObjectNode out = Deployment.passedThrough("govern");
        out.putObject("compliance");
        out.putObject("catalog");
        return out;
      });
      String snapshot = aws.upload("snapshots/large.zip", Shop.zip(files));
      long t1 = System.nanoTime();

      Execution run = aws.run("run.asl.json", Map.of("snapshot_key", snapshot, "parallel", 8), 0, Duration.ofMinutes(30));
      long t2 = System.nanoTime();
      System.out.printf("%d models, %s execute: seed+upload %d ms, run %d ms%n%s%n", models, duckdb ? "real" : "recording",
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, run.stats());

      assertThat(run.succeeded()).as(run.toString()).isTrue();
      RunRecord record = aws.stores.state().run(run.output().path("run_id").asText()).orElseThrow();
      assertThat(record.status()).isEqualTo(RunStatus.SUCCESS);
      assertThat(record.modelsExecuted()).hasSize(models);
      JsonNode stats = run.stats();
      assertThat(stats.path("maxStateBytes").asInt()).as(stats.path("maxStateBytesAt").asText()).isLessThan(LIMIT / 8);
      assertThat(stats.path("maxTaskPayloadBytes").asInt()).isLessThan(LIMIT / 8);
      assertThat(stats.path("maxTaskResultBytes").asInt()).isLessThan(LIMIT / 8);
      JsonNode batches = stats.path("maps").path("ExecuteBatch");
      assertThat(batches.path("maxItems").asInt() * batches.path("maxIterationOutputBytes").asInt()).isLessThan(LIMIT / 4);
      assertThat(stats.path("executions").size()).isGreaterThanOrEqualTo(1 + models / 1000);
      for (JsonNode execution : stats.path("executions")) {
        assertThat(execution.path("awsHistoryEstimate").asInt()).as(execution.toString()).isLessThan(25_000 * 3 / 4);
      }
      return aws.bridge.calls("execute");
    }
  }
}
