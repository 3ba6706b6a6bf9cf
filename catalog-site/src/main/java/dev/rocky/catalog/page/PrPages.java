package dev.rocky.catalog.page;

import dev.rocky.catalog.data.PrData;
import java.util.List;
import java.util.Objects;

/** Builds the pull-request page from a lineage diff. */
public final class PrPages {
  private PrPages() {}

  public static PrPage build(SiteContext ctx) {
    PrData pr = Objects.requireNonNull(ctx.site().pr(), "pr");
    List<PrPage.ModelChange> models = pr.models().stream().map(m -> new PrPage.ModelChange(
        Link.to(m.name(), ctx.href(0, m.name())), m.status(), m.status().equals("removed") ? "bad" : "warn",
        m.columns().stream().map(c -> new PrPage.ColumnChange(c.name(), c.change().replace('_', ' '),
            types(c), c.breaking(), c.consumers().stream().map(x -> Link.to(x, consumerHref(ctx, x))).toList(),
            c.consumers().isEmpty() ? "no downstream readers" : c.consumers().size() + " downstream columns")).toList()))
        .toList();
    long columns = pr.models().stream().mapToLong(m -> m.columns().size()).sum();
    long breaking = pr.models().stream().flatMap(m -> m.columns().stream()).filter(PrData.Column::breaking).count();
    String summary = pr.models().size() + " changed models, " + columns + " changed columns, " + breaking + " breaking";
    return new PrPage(ctx.layout("Changes since " + pr.baseRef(), 0, ""), pr.baseRef(), pr.headRef(), summary,
        pr.costDeltaUsd() == null ? "Cost preview " + Format.NOT_RECORDED + "." : "Cost change: " + Format.usd(pr.costDeltaUsd()),
        models);
  }

  private static @org.jspecify.annotations.Nullable String consumerHref(SiteContext ctx, String modelDotColumn) {
    int dot = modelDotColumn.lastIndexOf('.');
    return dot < 0 ? ctx.href(0, modelDotColumn) : ctx.columnHref(0, modelDotColumn.substring(0, dot), modelDotColumn.substring(dot + 1));
  }

  private static String types(PrData.Column c) {
    if (c.oldType() != null && c.newType() != null) {
      return c.oldType() + " \u2192 " + c.newType();
    }
    return c.newType() != null ? c.newType() : c.oldType() != null ? c.oldType() : "";
  }
}
