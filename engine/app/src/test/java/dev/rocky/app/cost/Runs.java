package dev.rocky.app.cost;

import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** TEST-ONLY: run records with chosen durations, bytes and costs. */
final class Runs {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private Runs() {}

  static ModelExecution ok(String model, long ms, @Nullable Long scanned) {
    return new ModelExecution(model, T0, T0.plusMillis(ms), ms, 1L, scanned, null, ModelStatus.SUCCESS,
        "0123456789abcdef", null, List.of());
  }

  static ModelExecution failed(String model, long ms) {
    return new ModelExecution(model, T0, T0.plusMillis(ms), ms, null, null, null, ModelStatus.FAILED,
        "0123456789abcdef", "boom", List.of());
  }

  static ModelExecution skipped(String model) {
    return new ModelExecution(model, T0, T0, 0, null, null, null, ModelStatus.SKIPPED, "0000000000000000",
        "upstream failed", List.of());
  }

  static ModelExecution priced(String model, long ms, @Nullable Double cost) {
    return ok(model, ms, null).withCostUsd(cost);
  }

  /** A run started {@code minutesAgo} minutes before T0's day end, lasting {@code ms}. */
  static RunRecord run(int index, long ms, ModelExecution... models) {
    Instant start = T0.plusSeconds(60L * index);
    return new RunRecord("run-20260301-1" + String.format("%05d", index) + "-000", start, start.plusMillis(ms),
        RunStatus.SUCCESS, List.of(models), RunTrigger.MANUAL, "0123456789abcdef", null, SessionSource.CLI, null,
        null, null, null, "h", "0.1.0");
  }
}
