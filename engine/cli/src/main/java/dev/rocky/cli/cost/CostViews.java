package dev.rocky.cli.cost;

import dev.rocky.app.cost.BudgetBreach;
import dev.rocky.app.cost.CostGroup;
import dev.rocky.app.cost.CostOutput;
import dev.rocky.app.cost.CostPreviewOutput;
import dev.rocky.app.cost.CostRollup;
import dev.rocky.app.cost.CostText;
import dev.rocky.app.cost.CostTrendOutput;
import dev.rocky.app.cost.ModelCost;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The cost commands in {@code --output table}. */
final class CostViews {
  private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);

  private CostViews() {}

  /** One row per model (or group), most expensive first, then the total and the breaches. */
  static HumanView run(CostOutput c) {
    return out -> {
      TextTable.Builder table;
      if (c.by() == CostRollup.By.MODEL) {
        table = TextTable.builder("MODEL", "STATUS", "DURATION", "COST", "BYTES SCANNED").emptyMessage("no models executed");
        for (CostGroup g : c.groups()) {
          ModelCost m = c.perModel().stream().filter(x -> x.model().equals(g.key())).findFirst().orElseThrow();
          table.row(m.model(), m.status().name().toLowerCase(Locale.ROOT), CostText.duration(m.durationMs()),
              CostText.money(m.costUsd()), CostText.bytes(m.bytesScanned()));
        }
      } else {
        table = TextTable.builder(c.by().wireName().toUpperCase(Locale.ROOT), "MODELS", "DURATION", "COST", "BYTES SCANNED")
            .emptyMessage("no models executed");
        for (CostGroup g : c.groups()) {
          table.row(g.key(), g.models().size(), CostText.duration(g.durationMs()), CostText.money(g.costUsd()),
              CostText.bytes(g.bytesScanned()));
        }
      }
      table.build().render(out);
      out.printf("Total: %s for %d model%s, %s of model time (%s, priced as %s)%n", CostText.money(c.totalCostUsd()),
          c.perModel().size(), c.perModel().size() == 1 ? "" : "s", CostText.duration(c.totalDurationMs()), c.runId(),
          c.adapterType());
      for (BudgetBreach b : c.budgetBreaches()) {
        out.printf("%s: budget: %s%n", b.fails() ? "error" : "warning", b.describe());
      }
    };
  }

  static HumanView trend(CostTrendOutput t) {
    return out -> {
      TextTable.Builder table = TextTable.builder("RUN ID", "STARTED", "STATUS", "DURATION", "COST", "BYTES SCANNED")
          .emptyMessage("no recorded runs of " + t.model());
      for (CostTrendOutput.Point p : t.runs()) {
        table.row(p.runId(), STARTED.format(p.startedAt()), p.status().name().toLowerCase(Locale.ROOT), CostText.duration(p.durationMs()),
            CostText.money(p.costUsd()), CostText.bytes(p.bytesScanned()));
      }
      table.build().render(out);
      if (t.historyRuns() > 0) {
        out.printf("Projected next run of %s: %s, %s (median of the last %d successful run%s)%n", t.model(),
            CostText.money(t.projectedCostUsd()), CostText.duration(t.projectedDurationMs()), t.historyRuns(),
            t.historyRuns() == 1 ? "" : "s");
      }
    };
  }

  static HumanView preview(CostPreviewOutput p) {
    return HumanView.lines("Rocky Cost Preview (" + p.baseRef() + "..." + p.headRef() + ")", "",
        p.markdown().stripTrailing());
  }
}
