package dev.rocky.catalog;

import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.SiteData;
import dev.rocky.catalog.data.SourceData;
import dev.rocky.catalog.graph.ElkLayout;
import dev.rocky.catalog.graph.GraphKey;
import dev.rocky.catalog.graph.LaidOutGraph;
import dev.rocky.catalog.graph.Neighbourhood;
import dev.rocky.catalog.graph.ProjectGraph;
import dev.rocky.catalog.page.CompliancePages;
import dev.rocky.catalog.page.DiagnosticPages;
import dev.rocky.catalog.page.HomePages;
import dev.rocky.catalog.page.ListPage;
import dev.rocky.catalog.page.ListPages;
import dev.rocky.catalog.page.Links;
import dev.rocky.catalog.page.ModelPages;
import dev.rocky.catalog.page.PrPages;
import dev.rocky.catalog.page.RunPages;
import dev.rocky.catalog.page.SiteContext;
import dev.rocky.catalog.page.SourcePages;
import dev.rocky.catalog.render.Assets;
import dev.rocky.catalog.render.GraphPayload;
import dev.rocky.catalog.render.Templates;
import dev.rocky.catalog.search.SearchIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates the static catalog site: one page per model, source and recent run, the home,
 * listing, diagnostics, compliance and (given a lineage diff) pull-request pages, one lazily loaded
 * lineage graph per model and source laid out by ELK, the search index and the bundled assets. No
 * page embeds the project as a whole; every file works from {@code file://} and from a bucket.
 */
public final class CatalogSite {
  private final Templates templates = new Templates();
  private final int threads;

  public CatalogSite(int threads) {
    this.threads = Math.max(1, threads);
  }

  public CatalogSite() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /** Writes the site for {@code data} into {@code out} (created, or rewritten if an earlier site is there). */
  public SiteReport generate(SiteData data, Path out) {
    long start = System.nanoTime();
    SiteOutput site = SiteOutput.prepare(out);
    SiteContext ctx = new SiteContext(data);
    ProjectGraph graph = ProjectGraph.of(data);
    AtomicLong layoutNanos = new AtomicLong();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> {
        data.models().parallelStream().forEach(m -> model(ctx, graph, site, m, layoutNanos));
        data.sources().parallelStream().forEach(s -> source(ctx, graph, site, s, layoutNanos));
        data.runs().parallelStream().forEach(r -> site.write(Links.runPage(r.runId()), templates.render("run", RunPages.build(ctx, r))));
      }).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("catalog generation interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    site.write("index.html", templates.render("home", HomePages.build(ctx)));
    List<ListPage> models = ListPages.models(ctx);
    for (int i = 0; i < models.size(); i++) {
      site.write("models/" + ListPages.modelsPage(i + 1), templates.render("list", models.get(i)));
    }
    site.write("sources/index.html", templates.render("list", ListPages.sources(ctx)));
    site.write("runs/index.html", templates.render("list", ListPages.runs(ctx)));
    site.write("diagnostics.html", templates.render("diagnostics", DiagnosticPages.build(ctx)));
    site.write("compliance.html", templates.render("compliance", CompliancePages.build(ctx)));
    if (data.pr() != null) {
      site.write("pr.html", templates.render("pr", PrPages.build(ctx)));
    }
    SearchIndex.files(ctx).forEach(site::write);
    Assets.files().forEach(site::write);
    site.finish();
    return new SiteReport(site.root().resolve("index.html"), site.pages(), site.files(), site.rewritten(), site.bytes(),
        site.largestPage(), Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(layoutNanos.get()));
  }

  private void model(SiteContext ctx, ProjectGraph graph, SiteOutput site, ModelData m, AtomicLong layoutNanos) {
    site.write(ctx.links().page(m.name()).orElseThrow(), templates.render("model", ModelPages.build(ctx, m)));
    graph(ctx, graph, site, m.name(), layoutNanos);
  }

  private void source(SiteContext ctx, ProjectGraph graph, SiteOutput site, SourceData s, AtomicLong layoutNanos) {
    site.write(ctx.links().page(s.name()).orElseThrow(), templates.render("source", SourcePages.build(ctx, s)));
    graph(ctx, graph, site, s.name(), layoutNanos);
  }

  /** The lineage graph around {@code focus}: laid out and written, unless the previous site has it from the same inputs. */
  private static void graph(SiteContext ctx, ProjectGraph graph, SiteOutput site, String focus, AtomicLong nanos) {
    Neighbourhood hood = Neighbourhood.of(graph, focus);
    String path = ctx.links().graph(focus);
    String key = GraphKey.of(graph, hood, ctx.links()::pageOrEmpty);
    if (site.reuse(path, key)) {
      return;
    }
    long t = System.nanoTime();
    LaidOutGraph laid = ElkLayout.layout(graph, hood);
    nanos.addAndGet(System.nanoTime() - t);
    site.write(path, GraphPayload.script(laid, ctx.links()), key);
  }
}
