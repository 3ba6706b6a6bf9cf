package dev.rocky.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.SiteData;
import dev.rocky.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSiteTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir Path dir;

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  @Test
  void modelPageMatchesItsGoldenFile() throws IOException {
    SiteReport report = new CatalogSite(2).generate(SiteFixture.shop(), dir);
    GoldenFiles.assertMatches(GOLDEN.resolve("fct_revenue.html"), read(dir.resolve("models/fct_revenue.html")));
    GoldenFiles.assertMatches(GOLDEN.resolve("fct_revenue.graph.js"), read(dir.resolve("graph/m-fct_revenue.js")));
    assertThat(report.home()).isEqualTo(dir.resolve("index.html"));
  }

  @Test
  void writesEveryPageAndCountsThem() throws IOException {
    SiteReport report = new CatalogSite(1).generate(SiteFixture.shop(), dir);
    for (String page : new String[] {"index.html", "models/index.html", "models/stg_orders.html", "sources/raw.orders.html",
        "sources/index.html", "runs/index.html", "runs/run-20261120-100000-000.html", "diagnostics.html", "compliance.html",
        "pr.html", "graph/s-raw.orders.js", "search/docs.js", "search/c-c.js", "assets/site.css", "assets/lineage.js",
        "assets/search.js"}) {
      assertThat(dir.resolve(page)).as(page).isRegularFile();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      long total = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(SiteOutput.MARKER))
          .mapToLong(p -> p.toFile().length()).sum();
      assertThat(report.bytes()).isEqualTo(total);
    }
    assertThat(report.pages()).isEqualTo(12);
  }

  @Test
  void theOtherPagesSayWhatFailsWhatCostsAndWhatRan() throws IOException {
    new CatalogSite(1).generate(SiteFixture.shop(), dir);
    String home = read(dir.resolve("index.html"));
    assertThat(home).contains("Catalog generated 2026-11-20 11:00:00 UTC.", "<strong>2</strong> <span>models</span>",
        "failed in run-20261120-100000-000: Binder Error", "From run run-20261120-100000-000.", "over budget",
        "href=\"pr.html\"");
    String run = read(dir.resolve("runs/run-20261120-100000-000.html"));
    assertThat(run).contains("max_usd: 0.0170 over the limit of 0.0100", "main @ 0123456789ab", "$0.0170");
    assertThat(run.split("<rect class=\"", -1)).hasSize(3);
    String diagnostics = read(dir.resolve("diagnostics.html"));
    assertThat(diagnostics).contains("id=\"code-E010\"", "<h4>How to fix</h4>", "href=\"#code-W010\"", "1 in this project");
    assertThat(read(dir.resolve("compliance.html"))).contains("1 classified columns, 1 masked, 0 exceptions",
        "href=\"sources/raw.orders.html#col-email\"");
    assertThat(read(dir.resolve("models/index.html"))).contains("contract holds", "Orders with a positive amount.");
  }

  @Test
  void aRebuildWritesOnlyWhatChanged() throws IOException {
    SiteData shop = SiteFixture.shop();
    SiteReport first = new CatalogSite(2).generate(shop, dir);
    assertThat(first.written()).isEqualTo(first.files());

    SiteReport same = new CatalogSite(2).generate(shop, dir);
    assertThat(same.written()).isZero();
    assertThat(same.files()).isEqualTo(first.files());
    assertThat(same.bytes()).isEqualTo(first.bytes());

    // A new column in stg_orders: its page, its graph and those of its neighbours change, and the search index.
    ModelData stg = shop.models().get(0);
    List<ColumnData> columns = new ArrayList<>(stg.columns());
    columns.add(ColumnData.of("note", "STRING", true));
    ModelData changed = new ModelData(stg.name(), stg.file(), stg.sql(), stg.intent(), stg.strategy(), stg.strategyDetail(),
        stg.target(), columns, true, stg.reads(), stg.edges(), stg.unresolved(), stg.contract(), stg.tests(), stg.tags(),
        stg.budgetUsd());
    SiteData next = new SiteData(shop.project(), List.of(changed, shop.models().get(1)), shop.sources(), shop.runs(),
        shop.diagnostics(), shop.codes(), shop.compliance(), shop.pr());
    SiteReport third = new CatalogSite(2).generate(next, dir);
    assertThat(third.written()).isBetween(4, 10);
    assertThat(read(dir.resolve("graph/m-fct_revenue.js"))).contains("\"note\"");
    assertThat(read(dir.resolve("models/stg_orders.html"))).contains("id=\"col-note\"");

    Files.delete(dir.resolve("graph/m-fct_revenue.js"));
    new CatalogSite(1).generate(next, dir);
    assertThat(dir.resolve("graph/m-fct_revenue.js")).isRegularFile();
  }

  @Test
  void pagesMakeNoExternalRequests() throws IOException {
    new CatalogSite(1).generate(SiteFixture.shop(), dir);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        // Only the bundled files are loaded: no script, stylesheet, image or font from anywhere else.
        assertThat(read(p)).as(p.toString()).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContainPattern("url\\((?!#)").doesNotContain("@import");
      }
    }
  }

  @Test
  void rewritesItsOwnDirectoryButRefusesAnyOther() throws IOException {
    new CatalogSite(1).generate(SiteFixture.shop(), dir);
    Files.writeString(dir.resolve("models/stale.html"), "old");
    new CatalogSite(1).generate(SiteFixture.shop(), dir);
    assertThat(dir.resolve("models/stale.html")).doesNotExist();

    Path other = dir.resolve("models");
    assertThatThrownBy(() -> new CatalogSite(1).generate(SiteFixture.shop(), other))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("holds no catalog site");
  }
}
