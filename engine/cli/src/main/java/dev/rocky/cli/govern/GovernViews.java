package dev.rocky.cli.govern;

import dev.rocky.app.govern.ColumnMask;
import dev.rocky.app.govern.ComplianceReport;
import dev.rocky.app.govern.GovernOutcome;
import dev.rocky.app.govern.GovernPlan;
import dev.rocky.app.govern.GovernStatement;
import dev.rocky.app.govern.GrantDiff;
import dev.rocky.app.govern.MaskCheck;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import java.util.stream.Collectors;

/** How the governance results look in {@code --output table}. */
final class GovernViews {
  private GovernViews() {}

  static HumanView compliance(ComplianceReport report) {
    return out -> {
      TextTable.Builder table = TextTable.builder("MODEL", "COLUMN", "CLASSIFICATION", "SOURCE", "STRATEGY")
          .emptyMessage("no classified columns");
      for (ComplianceReport.ColumnReport c : report.perColumn()) {
        table.row(c.model(), c.column(), c.classification(),
            c.inheritedFrom() == null ? "declared" : "from " + c.inheritedFrom(),
            c.envs().stream().map(e -> e.env() + ": " + e.maskingStrategy()).collect(Collectors.joining(", ")));
      }
      table.build().render(out);
      for (ComplianceReport.ComplianceException e : report.exceptions()) {
        out.println("exception: " + e.model() + "." + e.column() + " (" + e.env() + "): " + e.reason());
      }
      ComplianceReport.Summary s = report.summary();
      out.println(s.totalClassified() + " classified, " + s.totalMasked() + " masked in every environment, "
          + s.totalExceptions() + (s.totalExceptions() == 1 ? " exception" : " exceptions"));
    };
  }

  static HumanView plan(GovernPlan plan) {
    return out -> {
      out.println("Masks (" + plan.env() + ", " + plan.dialect() + "):");
      TextTable.Builder masks = TextTable.builder("MODEL", "COLUMN", "CLASSIFICATION", "SOURCE", "STRATEGY", "APPLIED")
          .emptyMessage("no classified columns");
      for (ColumnMask m : plan.masks()) {
        masks.row(m.model(), m.column(), m.classification(), m.source(), m.strategy(), m.applied());
      }
      masks.build().render(out);
      out.println();
      out.println("Statements:");
      if (plan.allStatements().isEmpty()) {
        out.println("  (none)");
      }
      for (GovernStatement s : plan.allStatements()) {
        out.println("  " + s.sql().replace("\n", "\n  ") + ";");
      }
      grants(out, plan.grants());
      plan.notes().forEach(n -> out.println("note: " + n));
    };
  }

  private static void grants(java.io.PrintWriter out, GrantDiff diff) {
    out.println();
    out.println("Grants: " + diff.grants() + " to grant, " + diff.revokes() + " to revoke"
        + (diff.changes().isEmpty() ? " (nothing differs)" : ""));
    for (GrantDiff.Skipped s : diff.skipped()) {
      out.println("  skipped " + s.permission() + " for " + s.principal() + " on " + s.kind() + " " + s.securable() + ": "
          + s.reason());
    }
    diff.notes().forEach(n -> out.println("note: " + n));
  }

  static HumanView apply(GovernOutcome outcome) {
    return out -> {
      TextTable.Builder table = TextTable.builder("MODEL", "COLUMN", "CLASSIFICATION", "MASK", "ENFORCED")
          .emptyMessage("no classified columns");
      for (MaskCheck c : outcome.masks()) {
        table.row(c.model(), c.column(), c.classification(), c.expected(), c.enforced() ? "yes" : "NO");
      }
      table.build().render(out);
      outcome.errors().forEach(e -> out.println("error: " + e));
      out.println(outcome.statementsRun() + " statements run, " + outcome.grantsAdded() + " grants added, "
          + outcome.grantsRevoked() + " revoked" + (outcome.ok() ? "; every mask verified" : "; "
              + outcome.errors().size() + (outcome.errors().size() == 1 ? " error" : " errors")));
    };
  }
}
