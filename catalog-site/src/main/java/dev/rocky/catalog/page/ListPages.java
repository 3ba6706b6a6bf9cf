package dev.rocky.catalog.page;

import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.RunData;
import dev.rocky.catalog.data.SiteData;
import java.util.ArrayList;
import java.util.List;

/** Builds the listings: models (paged), sources and runs. */
public final class ListPages {
  private static final int DEPTH = 1;

  private ListPages() {}

  /** The file name of page {@code n} (from 1) of the model listing, within {@code models/}. */
  public static String modelsPage(int n) {
    return n == 1 ? "index.html" : "index-" + n + ".html";
  }

  public static List<ListPage> models(SiteContext ctx) {
    List<ModelData> all = ctx.site().models();
    int pages = Math.max(1, (all.size() + ListPage.PAGE_SIZE - 1) / ListPage.PAGE_SIZE);
    List<ListPage> out = new ArrayList<>();
    for (int p = 1; p <= pages; p++) {
      List<ListPage.PageLink> links = new ArrayList<>();
      for (int q = 1; pages > 1 && q <= pages; q++) {
        links.add(new ListPage.PageLink(Integer.toString(q), modelsPage(q), q == p));
      }
      List<ListPage.Item> items = all.subList((p - 1) * ListPage.PAGE_SIZE, Math.min(all.size(), p * ListPage.PAGE_SIZE))
          .stream().map(m -> item(ctx, m)).toList();
      String summary = all.size() + " models" + (pages > 1 ? ", page " + p + " of " + pages : "");
      out.add(new ListPage(ctx.layout("Models", DEPTH, "Models"), "Models", summary, items, links));
    }
    return out;
  }

  private static ListPage.Item item(SiteContext ctx, ModelData m) {
    String contract = m.contract() == null ? null : m.contract().holds() ? "contract holds" : "contract broken";
    String note = m.intent() == null ? m.file() : Format.cut(m.intent(), 120);
    return new ListPage.Item(Link.to(m.name(), ctx.href(DEPTH, m.name())), m.strategy(), note, contract,
        contract == null ? "muted" : m.contract().holds() ? "ok" : "bad");
  }

  public static ListPage sources(SiteContext ctx) {
    SiteData site = ctx.site();
    List<ListPage.Item> items = site.sources().stream().map(s -> new ListPage.Item(Link.to(s.name(), ctx.href(DEPTH, s.name())),
        null, s.columns().size() + " columns, read by " + ctx.readersOf(s.name()).size() + " models", null, "muted")).toList();
    return new ListPage(ctx.layout("Sources", DEPTH, "Sources"), "Sources", site.sources().size() + " declared sources",
        items, List.of());
  }

  public static ListPage runs(SiteContext ctx) {
    List<RunData> runs = ctx.site().runs();
    List<ListPage.Item> items = runs.stream().map(r -> {
      HomePage.RunSummary s = HomePages.run(r);
      return new ListPage.Item(Link.to(r.runId(), "../" + s.href()), r.trigger(),
          s.started() + ", " + s.duration() + ", " + s.models() + ", " + s.failed() + " failed, cost " + s.cost(),
          r.status(), s.statusClass());
    }).toList();
    String summary = runs.isEmpty() ? "No runs recorded yet." : runs.size() + " most recent runs";
    return new ListPage(ctx.layout("Runs", DEPTH, "Runs"), "Runs", summary, items, List.of());
  }
}
