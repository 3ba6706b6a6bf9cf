package dev.rocky.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.execute.ErrorClass;
import dev.rocky.app.execute.ModelError;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunStatus;
import dev.rocky.planner.sql.TableName;
import dev.rocky.testkit.fake.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  final MutableClock clock = new MutableClock(T0);
  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final ProgressPrinter printer = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock);

  static ModelResult ok(String model, long rows, long ms) {
    return new ModelResult(model, "full_refresh", new TableName(null, "main", model), ModelStatus.SUCCESS, T0,
        T0.plusMillis(ms), rows, null, null, "0000000000000000", null, null, List.of(), List.of(), List.of(), List.of(),
        null, null);
  }

  static ModelResult failed(String model) {
    return new ModelResult(model, "full_refresh", new TableName(null, "main", model), ModelStatus.FAILED, T0,
        T0.plusMillis(40), null, null, null, "0000000000000000", null, null, List.of(), List.of(), List.of(),
        List.of(), new ModelError("Division by zero", "models/" + model + ".sql", FailureKind.QUERY_REJECTED,
            ErrorClass.USER, "X"), null);
  }

  String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsLayersRunningModelsFailuresAsTheyHappenAndASummary() {
    printer.runStarted("run-1", List.of(List.of("stg", "bad"), List.of("fct")));
    printer.modelStarted(0, "stg");
    printer.modelStarted(0, "bad");
    clock.advance(Duration.ofMillis(1250));
    printer.modelFinished(0, ok("stg", 500, 1200));
    printer.modelFailed(0, failed("bad"));
    printer.layerFinished(0, 2);
    printer.modelSkipped(1, "fct", "upstream 'bad' failed");
    printer.layerFinished(1, 2);
    printer.runFinished(new RunOutput(RockyVersion.get(), "run", "run-1", RunStatus.PARTIAL_FAILURE, "", 1300, 1, 1,
        1, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        RunOutput.PermissionSummary.NONE, RunOutput.DriftSummary.NONE, new RunOutput.ExecutionSummary(4, 2, 1, false),
        false, false, null, null));

    assertThat(text()).isEqualTo("""
        Running 3 models in 2 layers (run-1)
        layer 1/2: 2 models
          start    stg   running: stg
          start    bad   running: stg, bad
          ok       stg   500 rows in 1.20s   [layer 1/2, 1/3 total, 1.25s elapsed]
          FAILED   bad   after 0.04s   [layer 2/2, 2/3 total, 1.25s elapsed]
                   models/bad.sql: Division by zero
        layer 1/2 done: 2/2 models, 1.25s elapsed
        layer 2/2: 1 model
          skipped  fct   upstream 'bad' failed   [layer 1/1, 3/3 total, 1.25s elapsed]
        layer 2/2 done: 1/1 models, 1.25s elapsed

        MODEL  STATUS   ROWS  DURATION
        stg    ok        500     1.20s
        bad    FAILED      -     0.04s
        fct    skipped     -         -
        PartialFailure: 1 succeeded, 1 failed, 1 skipped in 1.30s
        """);
  }

  @Test
  void sayWhenTheIdempotencyKeySkippedTheRun() {
    printer.runFinished(new RunOutput(RockyVersion.get(), "run", null, RunStatus.SKIPPED_IDEMPOTENT, "", 2, 0, 0, 0,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        RunOutput.PermissionSummary.NONE, RunOutput.DriftSummary.NONE, new RunOutput.ExecutionSummary(4, 0, 0, false),
        false, false, "nightly", "run-0"));
    assertThat(text()).isEqualTo(
        "SkippedIdempotent: run run-0 already succeeded with idempotency key 'nightly'; nothing was run\n");
  }

  @Test
  void formatsDurations() {
    assertThat(ProgressPrinter.duration(0)).isEqualTo("0.00s");
    assertThat(ProgressPrinter.duration(59_999)).isEqualTo("60.00s");
    assertThat(ProgressPrinter.duration(125_000)).isEqualTo("2m05s");
    assertThat(ProgressPrinter.rowsText(null)).isEqualTo("rows unknown");
    assertThat(ProgressPrinter.rowsText(1L)).isEqualTo("1 row");
  }
}
