package dev.rocky.cli.quality;

import dev.rocky.app.quality.AnomalyResult;
import dev.rocky.app.quality.CheckResult;
import dev.rocky.app.quality.QuarantineResult;
import dev.rocky.app.quality.TableCheckResult;
import dev.rocky.app.run.RunOutput;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The data-quality part of {@code rocky run} in table mode, after the run's own view: one row per
 * check, then the anomalies and what quarantine wrote. Prints nothing when nothing was checked.
 */
record CheckLines(@Nullable HumanView before, RunOutput output) implements HumanView {

  @Override
  public void render(PrintWriter out) {
    if (before != null) {
      before.render(out);
    }
    if (output.checkResults().isEmpty()) {
      return;
    }
    TextTable.Builder table = TextTable.builder("TABLE", "CHECK", "RESULT", "DETAIL");
    for (Object o : output.checkResults()) {
      TableCheckResult t = (TableCheckResult) o;
      String name = String.join(".", t.assetKey());
      for (CheckResult c : t.checks()) {
        String result = c.passed() ? "pass" : c.severity().id().equals("warning") ? "warn" : "FAIL";
        table.row(name, c.name(), result, c.notEvaluated() != null ? "not evaluated: " + c.notEvaluated() : figures(c.details()));
      }
    }
    table.build().render(out);
    for (Object o : output.anomalies()) {
      AnomalyResult a = (AnomalyResult) o;
      out.printf("anomaly: %s: %s%n", a.table(), a.reason());
    }
    for (Object o : output.quarantine()) {
      QuarantineResult q = (QuarantineResult) o;
      if (q.ok()) {
        out.printf("quarantine (%s): %s -> %s%s%n", q.mode(), String.join(".", q.assetKey()),
            q.validTable() == null ? "tagged in place" : q.validTable() + " (" + q.validRows() + " rows)",
            q.quarantineTable() == null ? "" : ", " + q.quarantineTable() + " (" + q.quarantinedRows() + " rows)");
      } else {
        out.printf("error: quarantine of %s failed: %s%n", String.join(".", q.assetKey()), q.error());
      }
    }
  }

  /** This view, then one more line. */
  HumanView then(String line) {
    return out -> {
      render(out);
      out.println(line);
    };
  }

  private static String figures(Map<String, @Nullable Object> details) {
    return details.entrySet().stream().filter(e -> e.getValue() != null && !e.getKey().equals("kind")
            && !e.getKey().equals("column") && !e.getKey().equals("query"))
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }
}
