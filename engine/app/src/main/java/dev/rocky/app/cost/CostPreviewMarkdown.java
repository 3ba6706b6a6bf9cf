package dev.rocky.app.cost;

import java.util.List;
import java.util.Locale;

/**
 * The Markdown block of {@code preview cost} for a pull-request comment: a header, a summary line,
 * one table row per model, and the budget ceilings the projections exceed.
 */
final class CostPreviewMarkdown {
  private CostPreviewMarkdown() {}

  static String render(CostPreviewOutput.Summary summary, List<CostPreviewOutput.ModelPreview> models,
      List<BudgetBreach> breaches) {
    StringBuilder out = new StringBuilder("### Rocky Cost Preview\n\n");
    if (models.isEmpty()) {
      return out.append("No model changes detected.\n").toString();
    }
    out.append("**").append(summary.modelsRebuilt()).append(" model(s) rebuilt**");
    if (summary.modelsRemoved() > 0) {
      out.append(", ").append(summary.modelsRemoved()).append(" removed");
    }
    out.append(": projected **").append(CostText.money(summary.totalProjectedCostUsd())).append("** per run from history");
    if (summary.modelsWithoutHistory() > 0) {
      out.append(" (").append(summary.modelsWithoutHistory()).append(" without recorded runs)");
    }
    if (summary.removedCostUsd() != null) {
      out.append("; the removed models cost ").append(CostText.money(summary.removedCostUsd())).append(" per run");
    }
    out.append(".\n\n");
    boolean explained = models.stream().anyMatch(m -> m.explainEstimate() != null);
    out.append("| Model | Change | Projected cost | Duration | Bytes scanned | Basis |").append(explained ? " EXPLAIN |" : "")
        .append('\n');
    out.append("|-------|--------|----------------|----------|---------------|-------|").append(explained ? "---------|" : "")
        .append('\n');
    for (CostPreviewOutput.ModelPreview m : models) {
      out.append("| `").append(cell(m.model())).append("` | ").append(m.change().wireName()).append(" | ")
          .append(CostText.money(m.projectedCostUsd())).append(" | ").append(CostText.duration(m.projectedDurationMs())).append(" | ")
          .append(CostText.bytes(m.projectedBytesScanned())).append(" | ").append(basis(m)).append(" |");
      if (explained) {
        out.append(' ').append(m.explainEstimate() == null ? "-" : cell(m.explainEstimate().text())).append(" |");
      }
      out.append('\n');
    }
    if (!breaches.isEmpty()) {
      out.append("\n**Over budget:**\n\n");
      for (BudgetBreach b : breaches) {
        out.append("- `").append(cell(String.valueOf(b.model()))).append("`: projected ")
            .append(b.limitType().display(b.actual())).append(" is over ").append(b.limitType().key()).append(" = ")
            .append(b.limitType().display(b.limit())).append(" (on_breach = ")
            .append(b.onBreach().name().toLowerCase(Locale.ROOT)).append(")\n");
      }
    }
    return out.toString();
  }

  private static String basis(CostPreviewOutput.ModelPreview m) {
    if (m.historyRuns() == 0) {
      return "no recorded runs";
    }
    String runs = m.historyRuns() == 1 ? "last run" : "median of " + m.historyRuns() + " runs";
    return m.confident() ? runs : runs + " (few)";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\r", "").replace("\n", " ");
  }
}
