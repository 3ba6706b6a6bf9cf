package dev.rocky.fn.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.state.DedupPolicy;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.fn.RockyTransientError;
import dev.rocky.fn.RockyUserError;
import dev.rocky.fn.compile.CompileHandler;
import dev.rocky.fn.compile.CompileRequest;
import dev.rocky.fn.compile.CompileResponse;
import dev.rocky.fn.compile.CompileWiring;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import dev.rocky.core.memory.MemoryArtifactStore;
import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.testkit.fake.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The execute function in memory: a plan compiled by the compile function, DuckDB in memory. */
class ExecuteHandlerTest {
  private static final String RUN = "run-20260302-120000-000";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));
  private final MemoryArtifactStore artifacts = new MemoryArtifactStore();
  private final MemoryStateStore state = new MemoryStateStore(clock);
  private DuckDbAdapter duck;
  private ExecuteHandler handler;
  private String planKey;

  @BeforeEach
  void compileAndSeed() {
    CompileResponse compiled = FunctionJson.read(new CompileHandler(CompileWiring.inMemory(artifacts))
        .invoke(FunctionJson.bytes(CompileRequest.of(artifacts.put(ShopSnapshot.zip()))), Invocation.local()),
        CompileResponse.class);
    assertThat(compiled.hasErrors()).isFalse();
    planKey = compiled.planKey();
    duck = DuckDbAdapter.inMemory();
    ShopSnapshot.seed(duck);
    handler = new ExecuteHandler(ExecuteWiring.of(() -> duck, state, artifacts, clock));
  }

  @AfterEach
  void close() {
    duck.close();
  }

  private ExecuteModelResponse execute(ExecuteModelRequest request, Invocation invocation) {
    return FunctionJson.read(handler.invoke(FunctionJson.bytes(request), invocation), ExecuteModelResponse.class);
  }

  private ExecuteModelResponse execute(String model) {
    return execute(ExecuteModelRequest.of(planKey, model, RUN), Invocation.local());
  }

  private long count(String table) {
    return ((Number) duck.query("SELECT count(*) FROM " + table).single()).longValue();
  }

  @Test
  void aModelRunsAndItsResultIsCommitted() {
    ExecuteModelResponse response = execute("stg_orders");

    assertThat(response.status()).isEqualTo(ModelStatus.SUCCESS);
    assertThat(response.replayed()).isFalse();
    assertThat(response.watermark()).isEqualTo(Instant.parse("2026-03-02T08:30:00Z"));
    assertThat(count("main.stg_orders")).isEqualTo(3);
    assertThat(state.modelExecutions(RUN)).extracting(ModelExecution::modelName).containsExactly("stg_orders");
    assertThat(state.watermark("main.stg_orders")).isPresent();
  }

  @Test
  void aRepeatedInvocationReturnsTheRecordedResultWithoutRunningAgain() {
    ExecuteModelResponse first = execute("stg_orders");
    duck.execute("DROP TABLE main.stg_orders");

    ExecuteModelResponse again = execute("stg_orders");

    assertThat(again.replayed()).isTrue();
    assertThat(again.status()).isEqualTo(ModelStatus.SUCCESS);
    assertThat(again.startedAt()).isEqualTo(first.startedAt());
    assertThat(again.sqlHash()).isEqualTo(first.sqlHash());
    assertThat(duck.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'stg_orders'").single())
        .isEqualTo(0L);
    assertThat(state.modelExecutions(RUN)).hasSize(1);
  }

  @Test
  void anInvocationWhileAnotherRunsTheModelIsToldToRetry() {
    state.claimIdempotencyKey("execute|" + RUN + "|stg_orders", "other-invocation",
        new IdempotencyPolicy(Duration.ofMinutes(15), Duration.ofDays(30), DedupPolicy.SUCCESS));

    assertThatThrownBy(() -> execute("stg_orders")).isInstanceOfSatisfying(RockyTransientError.class,
        e -> assertThat(e.code()).isEqualTo("EXECUTION_IN_FLIGHT")).hasMessageContaining("other-invocation");
    assertThat(state.modelExecutions(RUN)).isEmpty();
  }

  @Test
  void aCrashAfterTheCommitIsRepairedByTheNextInvocation() {
    IdempotencyPolicy crashed = new IdempotencyPolicy(Duration.ofMinutes(1), Duration.ofDays(30), DedupPolicy.SUCCESS);
    state.claimIdempotencyKey("execute|" + RUN + "|stg_orders", "crashed-invocation", crashed);
    ModelExecution committed = new ModelExecution("stg_orders", clock.instant(), clock.instant(), 0, 3L, null, null,
        ModelStatus.SUCCESS, "0123456789abcdef", null, List.of());
    state.commitModelResult(ModelCommit.of(RUN, committed));
    clock.advance(Duration.ofMinutes(2));

    ExecuteModelResponse response = execute("stg_orders");

    assertThat(response.replayed()).isTrue();
    assertThat(response.sqlHash()).isEqualTo("0123456789abcdef");
    assertThat(execute("stg_orders").replayed()).isTrue();
  }

  @Test
  void aFailedModelIsAnAnswerAndRunsAgainWhenRedriven() {
    duck.execute("DROP TABLE raw.customers");

    ExecuteModelResponse failed = execute("stg_customers");
    assertThat(failed.status()).isEqualTo(ModelStatus.FAILED);
    assertThat(failed.error()).isNotNull();
    assertThat(failed.message()).startsWith("models/stg_customers.sql: ");

    duck.execute("CREATE TABLE raw.customers (customer_id INTEGER NOT NULL, country VARCHAR)");
    duck.execute("INSERT INTO raw.customers VALUES (10, 'gb'), (11, 'fi')");
    ExecuteModelResponse redriven = execute("stg_customers");
    assertThat(redriven.status()).isEqualTo(ModelStatus.SUCCESS);
    assertThat(redriven.replayed()).isFalse();
    assertThat(state.modelExecutions(RUN)).singleElement().satisfies(e -> assertThat(e.succeeded()).isTrue());
  }

  @Test
  void aModelAddressedByLayerAndIndexIsThePlansStepThere() {
    ExecuteModelResponse response = execute(ExecuteModelRequest.at(planKey, 1, 0, RUN), Invocation.local());

    assertThat(response.model()).isEqualTo("fct_revenue_by_country");
    assertThat(state.modelExecutions(RUN)).extracting(ModelExecution::modelName).containsExactly("fct_revenue_by_country");
    assertThatThrownBy(() -> execute(ExecuteModelRequest.at(planKey, 1, 1, RUN), Invocation.local()))
        .isInstanceOfSatisfying(RockyUserError.class, e -> assertThat(e.code()).isEqualTo("MODEL_NOT_IN_PLAN"));
    assertThatThrownBy(() -> handler.invoke(("{\"plan_key\":\"" + planKey + "\",\"run_id\":\"" + RUN + "\",\"layer\":1}")
        .getBytes(StandardCharsets.UTF_8), Invocation.local()))
        .isInstanceOfSatisfying(RockyUserError.class, e -> assertThat(e.code()).isEqualTo("REQUEST_INVALID"));
  }

  @Test
  void aSkippedModelIsRecordedWithoutRunning() {
    ExecuteModelResponse skipped = execute(new ExecuteModelRequest(planKey, "fct_revenue_by_country", RUN, null,
        "upstream 'stg_orders' failed", null, null), Invocation.local());

    assertThat(skipped.status()).isEqualTo(ModelStatus.SKIPPED);
    assertThat(skipped.message()).isEqualTo("upstream 'stg_orders' failed");
    assertThat(state.modelExecutions(RUN)).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(ModelStatus.SKIPPED));
  }

  @Test
  void requestsThatCannotRunAreTheCallersError() {
    assertThatThrownBy(() -> execute("no_such_model")).isInstanceOfSatisfying(RockyUserError.class,
        e -> assertThat(e.code()).isEqualTo("MODEL_NOT_IN_PLAN"));
    assertThatThrownBy(() -> execute(ExecuteModelRequest.of("f".repeat(64), "stg_orders", RUN), Invocation.local()))
        .isInstanceOfSatisfying(RockyUserError.class, e -> assertThat(e.code()).isEqualTo("PLAN_NOT_FOUND"));
    assertThatThrownBy(() -> execute(ExecuteModelRequest.of("../plan", "stg_orders", RUN), Invocation.local()))
        .isInstanceOfSatisfying(RockyUserError.class, e -> assertThat(e.code()).isEqualTo("REQUEST_INVALID"));
  }
}
