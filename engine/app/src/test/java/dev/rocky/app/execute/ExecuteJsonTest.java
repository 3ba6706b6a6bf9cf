package dev.rocky.app.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.AttemptRecord;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.PartitionStatus;
import dev.rocky.core.state.Watermark;
import dev.rocky.core.state.WatermarkAdvance;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.sql.TableName;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests and results travel as Lambda payloads: they survive a JSON round trip. */
class ExecuteJsonTest {
  static final Instant T0 = Instant.parse("2026-02-01T10:00:00.123456Z");

  @Test
  void aRequestRoundTrips() {
    ModelStep step = new ModelStep("fct", new Strategy.Merge(List.of("id"), null), new TableName("cat", "marts", "fct"),
        "WITH \"eph\" AS (\nSELECT 1\n)\nSELECT * FROM eph",
        new ModelSchema("fct", List.of(new TypedColumn("id", RockyType.INT64, false),
            new TypedColumn("amount", RockyType.parse("Decimal(10,2)"), true)), true), List.of("eph"));
    ExecuteRequest request = new ExecuteRequest("run-20260201-100000-123", step, "models/fct.sql",
        PartitionOptions.range("2026-01-01", "2026-01-31"));

    String json = ExecuteJson.write(request);

    assertThat(json).contains("\"run_id\":\"run-20260201-100000-123\"", "\"sql_file\":\"models/fct.sql\"",
        "\"type\":\"merge\"", "\"unique_key\":[\"id\"]");
    assertThat(ExecuteJson.read(json, ExecuteRequest.class)).isEqualTo(request);
  }

  @Test
  void aResultRoundTrips() {
    ModelResult result = new ModelResult("daily", "time_interval", new TableName(null, "main", "daily"),
        ModelStatus.FAILED, T0, T0.plusSeconds(2), 5L, null, null, "0123456789abcdef", null, null,
        List.of(AttemptRecord.succeeded(1, 3)), List.of("q1"),
        List.of(new PartitionRecord("daily", "2026-01-01", PartitionStatus.FAILED, T0, null, 12, "run-1", null)),
        List.of(new WindowResult("2026-01-01", Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-01-02T00:00:00Z"), List.of(), ModelStatus.FAILED, T0, 12, null)),
        new ModelError("Division by zero", "models/daily.sql", FailureKind.QUERY_REJECTED, ErrorClass.USER,
            "DUCKDB_DIVISION_BY_ZERO"), null);

    String json = ExecuteJson.write(result);

    assertThat(json).contains("\"started_at\":\"2026-02-01T10:00:00.123456Z\"", "\"failure_kind\":\"query-rejected\"",
        "\"error_class\":\"user\"", "\"status\":\"failed\"");
    assertThat(ExecuteJson.read(json, ModelResult.class)).isEqualTo(result);
  }

  @Test
  void aSuccessWithAWatermarkRoundTrips() {
    ModelResult result = new ModelResult("inc", "incremental", new TableName(null, "main", "inc"), ModelStatus.SUCCESS,
        T0, T0, 25L, null, null, "0123456789abcdef", T0,
        new WatermarkAdvance("main.inc", new Watermark(T0, T0)), List.of(), List.of(), List.of(), List.of(), null, null);
    assertThat(ExecuteJson.read(ExecuteJson.write(result), ModelResult.class)).isEqualTo(result);
  }
}
