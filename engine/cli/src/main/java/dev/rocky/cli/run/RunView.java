package dev.rocky.cli.run;

import dev.rocky.app.run.RunOutput;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky run} in table mode: one row per model (status, rows written, duration), the failures
 * with the warehouse's message and the model's file, then one line with the run's status.
 */
public record RunView(RunOutput output, List<Row> rows) implements HumanView {

  /** One model of the run; {@code detail} is a failure's message or why the model was skipped. */
  public record Row(String model, String status, @Nullable Long rows, @Nullable Long durationMs, @Nullable String detail) {}

  public RunView {
    rows = List.copyOf(rows);
  }

  @Override
  public void render(PrintWriter out) {
    switch (output.status()) {
      case SKIPPED_IDEMPOTENT -> out.printf("SkippedIdempotent: run %s already succeeded with idempotency key '%s';"
          + " nothing was run%n", output.skippedByRunId(), output.idempotencyKey());
      case SKIPPED_IN_FLIGHT -> out.printf("SkippedInFlight: run %s is running with idempotency key '%s';"
          + " nothing was run%n", output.skippedByRunId(), output.idempotencyKey());
      case SUCCESS, PARTIAL_FAILURE, FAILURE -> summary(out);
    }
  }

  private void summary(PrintWriter out) {
    TextTable.Builder table = TextTable.builder("MODEL", "STATUS", "ROWS", "DURATION").emptyMessage("no models to run");
    for (Row r : rows) {
      table.row(r.model(), r.status(), r.rows(), r.durationMs() == null ? null : duration(r.durationMs()));
    }
    table.build().render(out);
    for (Row r : rows) {
      if (r.detail() != null && r.status().equals("FAILED")) {
        out.printf("error: %s: %s%n", r.model(), r.detail());
      }
    }
    String status = switch (output.status()) {
      case SUCCESS -> "Success";
      case PARTIAL_FAILURE -> "PartialFailure";
      default -> "Failure";
    };
    out.printf("%s: %d succeeded, %d failed, %d skipped in %s (%s)%n", status, output.tablesCopied(),
        output.tablesFailed(), output.tablesSkipped(), duration(output.durationMs()), output.runId());
  }

  /** {@code 0.25s}, {@code 12.00s}, {@code 2m05s}. */
  static String duration(long ms) {
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.2fs", ms / 1000.0);
    }
    long s = ms / 1000;
    return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
