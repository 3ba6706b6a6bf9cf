package dev.rocky.cli.run;

import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.run.ProgressPrinter;
import dev.rocky.app.run.RunListener;
import dev.rocky.app.run.RunOutput;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Watches a run for the CLI: collects one row per model for the summary printed at the end and, when
 * a person is watching, passes the events on to the app's {@link ProgressPrinter} on stderr (all but
 * its closing summary, which the command prints itself, on stdout).
 */
public final class RunWatcher implements RunListener {
  private final @Nullable ProgressPrinter progress;
  private final Map<String, RunView.Row> rows = new HashMap<>();
  private List<List<String>> layers = List.of();

  private RunWatcher(@Nullable ProgressPrinter progress) {
    this.progress = progress;
  }

  /** Collects rows only. */
  public static RunWatcher quiet() {
    return new RunWatcher(null);
  }

  /** Collects rows and shows live progress on {@code err}. */
  public static RunWatcher live(PrintWriter err, Clock clock) {
    PrintStream stream = new PrintStream(new WriterOutputStream(err), false, StandardCharsets.UTF_8);
    return new RunWatcher(new ProgressPrinter(stream, clock));
  }

  @Override
  public synchronized void runStarted(String runId, List<List<String>> layers) {
    this.layers = List.copyOf(layers);
    if (progress != null) {
      progress.runStarted(runId, layers);
    }
  }

  @Override
  public void modelStarted(int layer, String model) {
    if (progress != null) {
      progress.modelStarted(layer, model);
    }
  }

  @Override
  public synchronized void modelFinished(int layer, ModelResult result) {
    rows.put(result.model(), new RunView.Row(result.model(), "ok", result.rowsAffected(), result.durationMs(), null));
    if (progress != null) {
      progress.modelFinished(layer, result);
    }
  }

  @Override
  public synchronized void modelFailed(int layer, ModelResult result) {
    String error = result.error() == null ? null : result.error().summary();
    rows.put(result.model(), new RunView.Row(result.model(), "FAILED", null, result.durationMs(), error));
    if (progress != null) {
      progress.modelFailed(layer, result);
    }
  }

  @Override
  public synchronized void modelSkipped(int layer, String model, String reason) {
    rows.put(model, new RunView.Row(model, "skipped", null, null, reason));
    if (progress != null) {
      progress.modelSkipped(layer, model, reason);
    }
  }

  @Override
  public void layerFinished(int layer, int layerCount) {
    if (progress != null) {
      progress.layerFinished(layer, layerCount);
    }
  }

  /** The rows so far, in layer order. */
  public synchronized List<RunView.Row> rows() {
    List<RunView.Row> out = new ArrayList<>();
    layers.forEach(l -> l.forEach(m -> {
      RunView.Row row = rows.get(m);
      if (row != null) {
        out.add(row);
      }
    }));
    return out;
  }

  /** The human view of the finished run. */
  public RunView view(RunOutput output) {
    return new RunView(output, rows());
  }
}
