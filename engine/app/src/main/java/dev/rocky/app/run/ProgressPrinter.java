package dev.rocky.app.run;

import dev.rocky.app.execute.ModelResult;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Shows a run on a terminal as it happens: a header per layer, a line when a model starts (with
 * the models running), finishes, fails (with the warehouse's message and the model's file) or is
 * skipped, counts per layer and for the run, the elapsed time, and at the end a summary table.
 * Writes only to the stream it is given: with {@code -o json}, the CLI gives it stderr or nothing.
 */
public final class ProgressPrinter implements RunListener {
  private final PrintStream out;
  private final Clock clock;
  private Instant started = Instant.EPOCH;
  private List<List<String>> layers = List.of();
  private int total;
  private int done;
  private final Map<Integer, Integer> doneInLayer = new HashMap<>();
  private final Set<Integer> headed = new LinkedHashSet<>();
  private final Set<String> running = new LinkedHashSet<>();
  private final Map<String, SummaryTable.Row> rows = new HashMap<>();

  public ProgressPrinter(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  @Override
  public synchronized void runStarted(String runId, List<List<String>> layers) {
    this.started = clock.instant();
    this.layers = List.copyOf(layers);
    this.total = layers.stream().mapToInt(List::size).sum();
    out.printf("Running %d %s in %d %s (%s)%n", total, plural(total, "model"), layers.size(),
        plural(layers.size(), "layer"), runId);
    out.flush();
  }

  @Override
  public synchronized void modelStarted(int layer, String model) {
    header(layer);
    running.add(model);
    out.printf("  %-8s %s   running: %s%n", "start", model, String.join(", ", running));
    out.flush();
  }

  @Override
  public synchronized void modelFinished(int layer, ModelResult result) {
    finished(layer, result, "ok");
    out.printf("  %-8s %s   %s in %s   %s%n", "ok", result.model(), rowsText(result.rowsAffected()),
        duration(result.durationMs()), progress(layer));
    out.flush();
  }

  @Override
  public synchronized void modelFailed(int layer, ModelResult result) {
    finished(layer, result, "FAILED");
    out.printf("  %-8s %s   after %s   %s%n", "FAILED", result.model(), duration(result.durationMs()), progress(layer));
    if (result.error() != null) {
      out.printf("           %s%n", result.error().summary());
    }
    out.flush();
  }

  @Override
  public synchronized void modelSkipped(int layer, String model, String reason) {
    header(layer);
    count(layer);
    rows.put(model, new SummaryTable.Row(model, "skipped", null, null));
    out.printf("  %-8s %s   %s   %s%n", "skipped", model, reason, progress(layer));
    out.flush();
  }

  @Override
  public synchronized void layerFinished(int layer, int layerCount) {
    header(layer);
    out.printf("layer %d/%d done: %d/%d models, %s elapsed%n", layer + 1, layerCount,
        doneInLayer.getOrDefault(layer, 0), size(layer), duration(elapsedMs()));
    out.flush();
  }

  @Override
  public synchronized void runFinished(RunOutput output) {
    switch (output.status()) {
      case SKIPPED_IDEMPOTENT -> out.printf("SkippedIdempotent: run %s already succeeded with idempotency key '%s';"
          + " nothing was run%n", output.skippedByRunId(), output.idempotencyKey());
      case SKIPPED_IN_FLIGHT -> out.printf("SkippedInFlight: run %s is running with idempotency key '%s';"
          + " nothing was run%n", output.skippedByRunId(), output.idempotencyKey());
      case SUCCESS, PARTIAL_FAILURE, FAILURE -> summary(output);
    }
    out.flush();
  }

  private void summary(RunOutput output) {
    List<SummaryTable.Row> ordered = new ArrayList<>();
    layers.forEach(l -> l.forEach(m -> {
      SummaryTable.Row row = rows.get(m);
      if (row != null) {
        ordered.add(row);
      }
    }));
    out.println();
    SummaryTable.print(out, ordered);
    String status = switch (output.status()) {
      case SUCCESS -> "Success";
      case PARTIAL_FAILURE -> "PartialFailure";
      case FAILURE -> "Failure";
      case SKIPPED_IDEMPOTENT, SKIPPED_IN_FLIGHT -> throw new IllegalArgumentException("not a finished run");
    };
    out.printf("%s: %d succeeded, %d failed, %d skipped in %s%n", status, output.tablesCopied(),
        output.tablesFailed(), output.tablesSkipped(), duration(output.durationMs()));
  }

  private void finished(int layer, ModelResult result, String status) {
    header(layer);
    running.remove(result.model());
    count(layer);
    rows.put(result.model(), new SummaryTable.Row(result.model(), status, result.rowsAffected(), result.durationMs()));
  }

  private void header(int layer) {
    if (headed.add(layer)) {
      out.printf("layer %d/%d: %d %s%n", layer + 1, layers.size(), size(layer), plural(size(layer), "model"));
    }
  }

  private void count(int layer) {
    done++;
    doneInLayer.merge(layer, 1, Integer::sum);
  }

  private String progress(int layer) {
    return "[layer %d/%d, %d/%d total, %s elapsed]".formatted(doneInLayer.getOrDefault(layer, 0), size(layer), done,
        total, duration(elapsedMs()));
  }

  private int size(int layer) {
    return layer < layers.size() ? layers.get(layer).size() : 0;
  }

  private long elapsedMs() {
    return Math.max(0, Duration.between(started, clock.instant()).toMillis());
  }

  static String rowsText(@Nullable Long rows) {
    return rows == null ? "rows unknown" : rows + (rows == 1 ? " row" : " rows");
  }

  /** {@code 0.25s}, {@code 12.0s}, {@code 2m05s}. */
  static String duration(long ms) {
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.2fs", ms / 1000.0);
    }
    long s = ms / 1000;
    return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }
}
