package dev.rocky.fn.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunIds;
import dev.rocky.fn.RockyTransientError;
import dev.rocky.fn.compile.CompileHandler;
import dev.rocky.fn.compile.CompileResponse;
import dev.rocky.fn.compile.CompileWiring;
import dev.rocky.fn.compile.testing.LocalStores;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.store.aws.testing.LocalAws;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumMode;

/**
 * The functions as the state machine drives them, in this process: a project snapshot uploaded to
 * S3 (S3Proxy), compiled by the compile handler, its models executed one invocation each by the
 * execute handler against DynamoDB Local and a DuckDB file; then repeated invocations, which run
 * nothing. Payloads go through the handlers' streams, as Lambda passes them.
 */
class FunctionsEndToEndTest {
  private static final String TABLE = LocalAws.newStateTable();
  private static final String BUCKET = LocalAws.newBucket();

  @TempDir Path dir;
  private AwsStores stores;
  private DuckDbAdapter duck;
  private CompileHandler compile;
  private ExecuteHandler execute;

  @BeforeEach
  void wire() {
    stores = LocalStores.in(TABLE, BUCKET, "e2e-");
    duck = DuckDbAdapter.open(dir.resolve("warehouse.duckdb"));
    ShopSnapshot.seed(duck);
    compile = new CompileHandler(CompileWiring.of(stores));
    execute = new ExecuteHandler(ExecuteWiring.of(() -> duck, stores.state(), stores.artifacts(), Clock.systemUTC()));
  }

  @AfterEach
  void close() {
    duck.close();
  }

  @Test
  void aSnapshotIsCompiledAndItsModelsExecutedOncePerRun() throws Exception {
    LocalAws.s3().putObject(b -> b.bucket(BUCKET).key("snapshots/pr-7.zip"), RequestBody.fromBytes(ShopSnapshot.zip()));

    CompileResponse compiled = FunctionJson.read(call(compile, "{\"snapshot_key\":\"snapshots/pr-7.zip\"}"),
        CompileResponse.class);

    assertThat(compiled.hasErrors()).isFalse();
    assertThat(compiled.layers()).isEqualTo(List.of(List.of("stg_customers", "stg_orders"), List.of("fct_revenue_by_country")));
    assertThat(LocalAws.s3().headObject(b -> b.bucket(BUCKET).key("artifacts/" + compiled.planKey())
        .checksumMode(ChecksumMode.ENABLED)).checksumSHA256()).isNotBlank();

    String run = RunIds.of(Instant.parse("2026-03-02T12:00:00Z"));
    for (List<String> layer : compiled.layers()) {
      for (ExecuteModelResponse r : inParallel(layer.stream().map(m -> invocation(compiled.planKey(), m, run)).toList())) {
        assertThat(r.status()).as(r.model() + ": " + r.message()).isEqualTo(ModelStatus.SUCCESS);
        assertThat(r.replayed()).isFalse();
      }
    }

    assertThat(rows("SELECT country, orders, revenue FROM main.fct_revenue_by_country ORDER BY country"))
        .containsExactly("FI|1|40.50", "GB|2|37.25");
    assertThat(stores.state().modelExecutions(run)).extracting(ModelExecution::modelName)
        .containsExactlyInAnyOrder("stg_customers", "stg_orders", "fct_revenue_by_country");
    assertThat(stores.state().watermark("main.stg_orders")).hasValueSatisfying(
        w -> assertThat(w.lastValue()).isEqualTo(Instant.parse("2026-03-02T08:30:00Z")));

    // A retried invocation of a model that ran: the recorded result, nothing run (the new raw row stays out).
    duck.execute("INSERT INTO raw.orders VALUES (4, 11, 5.00, TIMESTAMP '2026-03-03 07:00:00')");
    ExecuteModelResponse again = FunctionJson.read(call(execute, invocation(compiled.planKey(), "stg_orders", run)),
        ExecuteModelResponse.class);
    assertThat(again.replayed()).isTrue();
    assertThat(again.status()).isEqualTo(ModelStatus.SUCCESS);
    assertThat(rows("SELECT count(*) FROM main.stg_orders")).containsExactly("3");
    assertThat(stores.state().modelExecutions(run)).hasSize(3);
  }

  @Test
  void twoInvocationsRacingForOneModelRunItOnce() throws Exception {
    LocalAws.s3().putObject(b -> b.bucket(BUCKET).key("snapshots/race.zip"), RequestBody.fromBytes(ShopSnapshot.zip()));
    CompileResponse compiled = FunctionJson.read(call(compile, "{\"snapshot_key\":\"snapshots/race.zip\"}"),
        CompileResponse.class);
    String run = RunIds.of(Instant.parse("2026-03-03T12:00:00Z"));
    String payload = invocation(compiled.planKey(), "stg_orders", run);

    List<Object> outcomes = race(payload, payload);

    List<ExecuteModelResponse> answers = outcomes.stream().filter(o -> o instanceof ExecuteModelResponse)
        .map(o -> (ExecuteModelResponse) o).toList();
    assertThat(answers).filteredOn(r -> !r.replayed()).hasSize(1);
    assertThat(outcomes).allMatch(o -> o instanceof ExecuteModelResponse || o instanceof RockyTransientError);
    assertThat(stores.state().modelExecutions(run)).hasSize(1);
  }

  private static String invocation(String planKey, String model, String run) {
    return "{\"plan_key\":\"" + planKey + "\",\"model\":\"" + model + "\",\"run_id\":\"" + run + "\"}";
  }

  /** One invocation through the handler's streams, as the Lambda runtime makes it. */
  private static byte[] call(com.amazonaws.services.lambda.runtime.RequestStreamHandler handler, String payload)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), out, null);
    return out.toByteArray();
  }

  /** Invokes the execute handler with each payload at once, as a Map state does. */
  private List<ExecuteModelResponse> inParallel(List<String> payloads) throws Exception {
    List<ExecuteModelResponse> out = new ArrayList<>();
    for (Object o : race(payloads.toArray(String[]::new))) {
      if (o instanceof Exception e) {
        throw e;
      }
      out.add((ExecuteModelResponse) o);
    }
    return out;
  }

  private List<Object> race(String... payloads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(payloads.length);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (String payload : payloads) {
        futures.add(pool.submit(() -> {
          go.await();
          try {
            return FunctionJson.read(call(execute, payload), ExecuteModelResponse.class);
          } catch (RockyTransientError e) {
            return e;
          }
        }));
      }
      go.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<String> rows(String sql) {
    return duck.query(sql).rows().stream()
        .map(row -> String.join("|", row.stream().map(String::valueOf).toList())).toList();
  }
}
