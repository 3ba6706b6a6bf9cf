package dev.rocky.app.lineagediff;

import dev.rocky.app.lineage.QualifiedColumn;
import dev.rocky.app.lineage.UnresolvedRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown block for a pull-request comment, as Rocky writes it: a header, a summary line, then
 * one collapsible table per model with column changes. Beyond Rocky: a line counting breaking
 * changes, breaking rows marked, and columns of unknown lineage that may read a changed column.
 */
final class LineageDiffMarkdown {
  private LineageDiffMarkdown() {}

  static String render(LineageDiffOutput.Summary summary, List<LineageDiffOutput.ModelResult> results) {
    StringBuilder out = new StringBuilder("### Rocky Lineage Diff\n\n");
    if (summary.clean()) {
      return out.append("No data changes detected.\n").toString();
    }
    out.append("**").append(summary.modified() + summary.added() + summary.removed()).append(" model(s) changed** (")
        .append(summary.modified()).append(" modified, ").append(summary.added()).append(" added, ")
        .append(summary.removed()).append(" removed, ").append(summary.unchanged()).append(" unchanged)\n\n");
    long breaking = results.stream().flatMap(r -> r.columnChanges().stream())
        .filter(LineageDiffOutput.ColumnChange::isBreaking).count();
    if (breaking > 0) {
      out.append("**Breaking:** ").append(breaking).append(" column change(s) remove or narrow a column that ")
          .append("downstream columns read.\n\n");
    }
    for (LineageDiffOutput.ModelResult r : results) {
      int n = r.columnChanges().size();
      if (n == 0) {
        continue;
      }
      out.append("<details>\n<summary><b>").append(cell(r.modelName())).append("</b> — ").append(r.status())
          .append(" (").append(n).append(" column change").append(n == 1 ? "" : "s").append(")</summary>\n\n");
      out.append("| Column | Change | Old Type | New Type | Downstream consumers |\n");
      out.append("|--------|--------|----------|----------|----------------------|\n");
      for (LineageDiffOutput.ColumnChange c : r.columnChanges()) {
        out.append("| `").append(cell(c.columnName())).append("` | ").append(c.changeType())
            .append(c.isBreaking() ? " **(breaking)**" : "").append(" | ")
            .append(c.oldType() == null ? "-" : cell(c.oldType())).append(" | ")
            .append(c.newType() == null ? "-" : cell(c.newType())).append(" | ")
            .append(consumers(c)).append(" |\n");
      }
      out.append("\n</details>\n\n");
    }
    return out.toString();
  }

  private static String consumers(LineageDiffOutput.ColumnChange c) {
    List<String> names = new ArrayList<>();
    for (QualifiedColumn q : c.downstreamConsumers()) {
      names.add("`" + cell(q.model() + "." + q.column()) + "`");
    }
    String text = names.isEmpty() ? "_none_" : String.join(", ", names);
    if (!c.unresolvedConsumers().isEmpty()) {
      List<String> unknown = new ArrayList<>();
      for (UnresolvedRecord u : c.unresolvedConsumers()) {
        unknown.add("`" + cell(u.model() + "." + u.column()) + "`");
      }
      text += " (lineage unknown: " + String.join(", ", unknown) + ")";
    }
    return text;
  }

  /** Text safe inside a table cell: pipes escaped, line breaks removed. */
  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\r", "").replace("\n", " ");
  }
}
