package dev.rocky.catalog.page;

import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.SourceData;
import java.util.List;

/** Builds a source's page. */
public final class SourcePages {
  private static final int DEPTH = 1;

  private SourcePages() {}

  public static SourcePage build(SiteContext ctx, SourceData s) {
    List<ModelPage.ColumnRow> columns = s.columns().stream().map(c -> column(ctx, s, c)).toList();
    return new SourcePage(ctx.layout(s.name(), DEPTH, "Sources"), s.name(), s.file(), columns,
        ctx.readersOf(s.name()).stream().map(r -> Link.to(r, ctx.href(DEPTH, r))).toList(),
        "../" + ctx.links().graph(s.name()));
  }

  private static ModelPage.ColumnRow column(SiteContext ctx, SourceData s, ColumnData c) {
    return new ModelPage.ColumnRow(c.name(), Links.columnAnchor(c.name()), c.type(), c.nullable() ? "yes" : "no",
        c.description(), c.classification(), c.masking(), null, List.of(), List.of(),
        ModelPages.readers(ctx, s.name(), c.name(), true), ModelPages.readers(ctx, s.name(), c.name(), false), null);
  }
}
