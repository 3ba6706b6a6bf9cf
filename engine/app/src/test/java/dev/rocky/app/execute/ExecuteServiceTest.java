package dev.rocky.app.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.adapter.duckdb.DuckDbErrorCode;
import dev.rocky.app.fixture.ScriptedWarehouse;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.AttemptRecord;
import dev.rocky.core.run.FailureClass;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.state.Watermark;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.sql.TableName;
import dev.rocky.testkit.fake.InMemoryStateStore;
import dev.rocky.testkit.fake.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecuteServiceTest {
  static final TableName TARGET = new TableName(null, "marts", "fct");
  final ScriptedWarehouse warehouse = new ScriptedWarehouse();
  final MutableClock clock = new MutableClock(Instant.parse("2026-02-01T00:00:00Z"));
  final InMemoryStateStore state = new InMemoryStateStore(clock);
  final List<Duration> sleeps = new ArrayList<>();
  final ExecuteService service = new ExecuteService(warehouse, state, clock,
      new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250), 0.5), sleeps::add, () -> 0.0);

  static ModelStep step(Strategy strategy) {
    return new ModelStep("fct", strategy, TARGET, "SELECT 1 AS id", ModelSchema.unknown("fct"), List.of());
  }

  ModelResult execute(Strategy strategy) {
    return service.execute(ExecuteRequest.of("run-20260201-000000-000", step(strategy), "models/fct.sql"));
  }

  static RockyException transientError() {
    return new RockyException(DuckDbErrorCode.DUCKDB_IO_ERROR, "IO Error: flaky disk");
  }

  @Test
  void aMissingTargetGetsItsSchemaFirstAndTheHashCoversTheOtherStatements() throws Exception {
    ModelResult r = execute(new Strategy.FullRefresh());

    String replace = "CREATE OR REPLACE TABLE \"marts\".\"fct\" AS\nSELECT 1 AS id";
    assertThat(warehouse.calls).containsExactly("exists? marts.fct",
        "execute: CREATE SCHEMA IF NOT EXISTS \"marts\"", "execute: " + replace);
    byte[] sha = MessageDigest.getInstance("SHA-256").digest(replace.getBytes(StandardCharsets.UTF_8));
    assertThat(r.sqlHash()).isEqualTo(HexFormat.of().formatHex(sha).substring(0, 16));
    assertThat(r.status()).isEqualTo(ModelStatus.SUCCESS);
    assertThat(r.rowsAffected()).as("the schema statement loads no rows").isEqualTo(7);
    assertThat(r.bytesScanned()).isEqualTo(200);
    assertThat(r.bytesWritten()).isNull();
    assertThat(r.jobIds()).containsExactly("q-1", "q-1");
    assertThat(r.attempts()).containsExactly(AttemptRecord.succeeded(1, 0));
    assertThat(r.toExecution().attempts()).as("no retry, no trail").isEmpty();
    assertThat(warehouse.viewsFor).as("the model's statements go through its view").containsExactly("fct");
  }

  @Test
  void withinOneRunAKnownSchemaIsNeitherProbedNorCreatedAgain() {
    ExecuteService run = service.forRun();
    ModelStep first = step(new Strategy.FullRefresh());
    ModelStep view = new ModelStep("v", new Strategy.View(), new TableName(null, "marts", "v"), "SELECT 1 AS id",
        ModelSchema.unknown("v"), List.of());
    ModelStep merged = new ModelStep("m", new Strategy.DeleteInsert(List.of("id")),
        new TableName(null, "marts", "m"), "SELECT 1 AS id", ModelSchema.unknown("m"), List.of());
    ModelStep elsewhere = new ModelStep("o", new Strategy.FullRefresh(), new TableName(null, "other", "o"),
        "SELECT 1 AS id", ModelSchema.unknown("o"), List.of());

    for (ModelStep s : List.of(first, view, merged, elsewhere)) {
      assertThat(run.execute(ExecuteRequest.of("run-20260201-000000-000", s, "models/x.sql")).status())
          .isEqualTo(ModelStatus.SUCCESS);
    }

    assertThat(warehouse.calls).containsExactly(
        "exists? marts.fct", "execute: CREATE SCHEMA IF NOT EXISTS \"marts\"",
        "execute: CREATE OR REPLACE TABLE \"marts\".\"fct\" AS\nSELECT 1 AS id",
        "execute: CREATE OR REPLACE VIEW \"marts\".\"v\" AS\nSELECT 1 AS id",
        "exists? marts.m", "execute: CREATE TABLE \"marts\".\"m\" AS\nSELECT 1 AS id",
        "exists? other.o", "execute: CREATE SCHEMA IF NOT EXISTS \"other\"",
        "execute: CREATE OR REPLACE TABLE \"other\".\"o\" AS\nSELECT 1 AS id");
  }

  @Test
  void aServiceOutsideARunProbesEveryTarget() {
    execute(new Strategy.FullRefresh());
    warehouse.existing.add("marts.fct");
    execute(new Strategy.FullRefresh());

    assertThat(warehouse.calls).filteredOn(c -> c.startsWith("exists?")).hasSize(2);
  }

  @Test
  void aSchemaIsKnownOnlyOnceAModelInItSucceeded() {
    ExecuteService run = service.forRun();
    warehouse.fault = sql -> sql.startsWith("CREATE OR REPLACE TABLE") ? new RockyException(
        DuckDbErrorCode.DUCKDB_SQL_REJECTED, "Binder Error: no such column") : null;
    assertThat(run.execute(ExecuteRequest.of("run-20260201-000000-000", step(new Strategy.FullRefresh()),
        "models/fct.sql")).status()).isEqualTo(ModelStatus.FAILED);
    warehouse.fault = sql -> null;
    warehouse.calls.clear();

    run.execute(ExecuteRequest.of("run-20260201-000000-000", step(new Strategy.FullRefresh()), "models/fct.sql"));

    assertThat(warehouse.calls).startsWith("exists? marts.fct", "execute: CREATE SCHEMA IF NOT EXISTS \"marts\"");
  }

  @Test
  void aTransactionRunsAsOneUnitAndItsRowsAreUnknown() {
    warehouse.existing.add("marts.fct");
    ModelResult r = execute(new Strategy.DeleteInsert(List.of("id")));

    assertThat(warehouse.calls).hasSize(2);
    assertThat(warehouse.calls.get(1)).startsWith("transaction: DELETE FROM \"marts\".\"fct\"")
        .contains(" ; INSERT INTO \"marts\".\"fct\"");
    assertThat(r.rowsAffected()).isNull();
  }

  @Test
  void anIncrementalLoadStartsFromTheRecordedWatermarkAndReadsTheNextOne() {
    warehouse.existing.add("marts.fct");
    state.advanceWatermark("marts.fct", new Watermark(Instant.parse("2026-01-01T00:00:00Z"), clock.instant()));
    warehouse.queryValue = LocalDateTime.parse("2026-01-01T00:00:00");

    warehouse.fault = sql -> null;
    ModelResult first = execute(new Strategy.Incremental("ts"));
    assertThat(first.watermarkAdvance()).as("MAX(ts) did not move").isNotNull();
    assertThat(warehouse.calls).anyMatch(c -> c.contains("WHERE \"ts\" > TIMESTAMP '2026-01-01 00:00:00'"));

    warehouse.calls.clear();
    warehouse.queryValue = null;
    ModelResult empty = execute(new Strategy.Incremental("ts"));
    assertThat(empty.watermarkAdvance()).isNull();
    assertThat(empty.watermark()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void aTargetHoldingRowsBeyondTheRecordedWatermarkLoadsFromItsOwnMaximum() {
    warehouse.existing.add("marts.fct");
    state.advanceWatermark("marts.fct", new Watermark(Instant.parse("2026-01-01T00:00:00Z"), clock.instant()));
    warehouse.queryValue = LocalDateTime.parse("2026-01-03T00:00:00");

    ModelResult r = execute(new Strategy.Incremental("ts"));

    assertThat(warehouse.calls).anyMatch(c -> c.contains("WHERE \"ts\" > TIMESTAMP '2026-01-03 00:00:00'"));
    assertThat(r.watermarkAdvance().watermark().lastValue()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
  }

  @Test
  void rebuildingAMissingTargetForgetsItsVoidWatermark() {
    state.advanceWatermark("marts.fct", new Watermark(Instant.parse("2026-05-01T00:00:00Z"), clock.instant()));
    warehouse.queryValue = LocalDateTime.parse("2026-01-01T00:00:00");

    ModelResult r = execute(new Strategy.Incremental("ts"));

    assertThat(state.watermark("marts.fct")).isEmpty();
    assertThat(warehouse.calls).anyMatch(c -> c.startsWith("execute: CREATE OR REPLACE TABLE"));
    assertThat(r.watermarkAdvance().watermark().lastValue()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void transientFailuresAreRetriedWithCappedExponentialBackoffThenReported() {
    warehouse.fault = sql -> sql.startsWith("CREATE OR REPLACE") ? transientError() : null;

    ModelResult r = execute(new Strategy.FullRefresh());

    assertThat(r.status()).isEqualTo(ModelStatus.FAILED);
    assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
    assertThat(r.attempts()).extracting(AttemptRecord::failureClass).containsOnly(FailureClass.TRANSIENT);
    assertThat(r.attempts()).extracting(AttemptRecord::backoffMs).containsExactly(100L, 200L, 250L, null);
    assertThat(r.error()).satisfies(e -> {
      assertThat(e.errorClass()).isEqualTo(ErrorClass.EXTERNAL);
      assertThat(e.failureKind()).isEqualTo(FailureKind.TRANSIENT);
      assertThat(e.code()).isEqualTo("DUCKDB_IO_ERROR");
      assertThat(e.sqlFile()).isEqualTo("models/fct.sql");
      assertThat(e.summary()).isEqualTo("models/fct.sql: IO Error: flaky disk");
    });
    assertThat(r.toExecution().attempts()).hasSize(4);
  }

  @Test
  void userAndUnclassifiedErrorsAreNeverRetried() {
    warehouse.fault = sql -> sql.startsWith("CREATE OR REPLACE")
        ? new RockyException(DuckDbErrorCode.DUCKDB_DIVISION_BY_ZERO, "Division by zero") : null;
    ModelResult user = execute(new Strategy.FullRefresh());
    assertThat(user.attempts()).hasSize(1);
    assertThat(user.error().errorClass()).isEqualTo(ErrorClass.USER);
    assertThat(user.error().failureKind()).isEqualTo(FailureKind.QUERY_REJECTED);

    warehouse.fault = sql -> sql.startsWith("CREATE OR REPLACE") ? new IllegalStateException("a bug") : null;
    ModelResult bug = execute(new Strategy.FullRefresh());
    assertThat(bug.attempts()).singleElement().satisfies(a -> assertThat(a.failureClass()).isEqualTo(FailureClass.UNKNOWN));
    assertThat(bug.error().errorClass()).isEqualTo(ErrorClass.INTERNAL);
    assertThat(bug.error().code()).isEqualTo("java.lang.IllegalStateException");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aFailedProbeIsAnErrorNeverAMissingTable() {
    warehouse.fault = sql -> sql.startsWith("exists?")
        ? new RockyException(DuckDbErrorCode.DUCKDB_UNAVAILABLE, "cannot reach the database") : null;

    ModelResult r = execute(new Strategy.Merge(List.of("id"), List.of("id")));

    assertThat(r.status()).isEqualTo(ModelStatus.FAILED);
    assertThat(warehouse.calls).allMatch(c -> c.startsWith("exists?")).hasSize(4);
  }

  @Test
  void anInterruptedBackoffStopsRetrying() {
    ExecuteService interrupted = new ExecuteService(warehouse, state, clock, RetryPolicy.DEFAULT, d -> {
      throw new InterruptedException();
    }, () -> 0.5);
    warehouse.fault = sql -> sql.startsWith("CREATE OR REPLACE") ? transientError() : null;

    ModelResult r = interrupted.execute(ExecuteRequest.of("run-1", step(new Strategy.FullRefresh()), "models/fct.sql"));

    assertThat(r.attempts()).hasSize(1);
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void aWatermarkColumnThatIsNotATimestampIsTheUsersError() {
    warehouse.queryValue = 42;

    ModelResult r = execute(new Strategy.Incremental("id"));

    assertThat(r.error().code()).isEqualTo("EXECUTE_WATERMARK_NOT_A_TIMESTAMP");
    assertThat(r.error().errorClass()).isEqualTo(ErrorClass.USER);
    assertThat(r.error().message()).contains("42").contains("timestamp_column");
  }
}
