package dev.rocky.catalog.page;

import dev.rocky.catalog.data.ComplianceData;
import java.util.List;

/** Builds the compliance page. */
public final class CompliancePages {
  private CompliancePages() {}

  public static CompliancePage build(SiteContext ctx) {
    ComplianceData data = ctx.site().compliance();
    if (data == null) {
      return new CompliancePage(ctx.layout("Compliance", 0, "Compliance"), false, "Compliance " + Format.NOT_RECORDED + ".",
          List.of(), List.of());
    }
    List<CompliancePage.Row> rows = data.rows().stream().map(r -> new CompliancePage.Row(
        new Link(r.model() + "." + r.column(), ctx.columnHref(0, r.model(), r.column()), null), r.classification(),
        r.strategy(), r.enforced() ? "yes" : "no", r.enforced() ? "ok" : "bad", r.exception() == null ? "" : r.exception()))
        .toList();
    List<CompliancePage.Row> exceptions = rows.stream().filter(r -> !r.exception().isEmpty()).toList();
    long masked = data.rows().stream().filter(ComplianceData.Row::enforced).count();
    String summary = data.rows().isEmpty() ? "No classified columns."
        : data.rows().size() + " classified columns, " + masked + " masked, " + exceptions.size() + " exceptions";
    return new CompliancePage(ctx.layout("Compliance", 0, "Compliance"), true, summary, rows, exceptions);
  }
}
