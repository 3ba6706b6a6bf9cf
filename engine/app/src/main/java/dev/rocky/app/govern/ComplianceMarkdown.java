package dev.rocky.app.govern;

import dev.rocky.app.govern.ComplianceReport.ColumnReport;
import dev.rocky.app.govern.ComplianceReport.ComplianceException;
import dev.rocky.app.govern.ComplianceReport.EnvStatus;
import dev.rocky.app.govern.ComplianceReport.Summary;
import java.util.List;
import java.util.stream.Collectors;

/** The compliance report as Markdown, for a pull request or a CI summary. */
final class ComplianceMarkdown {
  private ComplianceMarkdown() {}

  static String render(Summary summary, List<ColumnReport> columns, List<ComplianceException> exceptions) {
    StringBuilder md = new StringBuilder("### Rocky compliance\n\n");
    md.append("**").append(summary.totalClassified()).append("** classified columns, **").append(summary.totalMasked())
        .append("** masked in every environment, **").append(summary.totalExceptions()).append("** ")
        .append(summary.totalExceptions() == 1 ? "exception" : "exceptions").append(".\n");
    if (!columns.isEmpty()) {
      md.append("\n| Model | Column | Classification | Source | Strategy by environment |\n|---|---|---|---|---|\n");
      for (ColumnReport c : columns) {
        md.append("| ").append(c.model()).append(" | ").append(c.column()).append(" | ").append(c.classification())
            .append(" | ").append(c.inheritedFrom() == null ? "declared" : "inherited from " + c.inheritedFrom())
            .append(" | ").append(c.envs().stream().map(ComplianceMarkdown::env).collect(Collectors.joining(", ")))
            .append(" |\n");
      }
    }
    if (!exceptions.isEmpty()) {
      md.append("\n**Exceptions**\n\n");
      for (ComplianceException e : exceptions) {
        md.append("- `").append(e.model()).append('.').append(e.column()).append("` (").append(e.env()).append("): ")
            .append(e.reason()).append('\n');
      }
    }
    return md.toString();
  }

  private static String env(EnvStatus s) {
    return s.env() + ": " + (s.enforced() ? s.maskingStrategy() : "**" + s.maskingStrategy() + "**");
  }
}
