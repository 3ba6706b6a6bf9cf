package dev.rocky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.catalog.SiteReport;
import dev.rocky.testkit.BrowserScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog site of a generated 10,000-model project: every page is small (no page carries the
 * whole project), the search index is sharded, and a model page with the largest lineage graph
 * opens and traces a column in headless Chromium. The figures (time, size) are written to
 * target/browser-artifacts/large/figures.txt; CatalogBench measures them properly.
 */
class CatalogScaleTest {
  private static final int MODELS = 10_000;
  private static final long PAGE_LIMIT = 200_000;
  private static final long FILE_LIMIT = 2_000_000;

  @TempDir Path dir;

  @Test
  void aTenThousandModelSiteStaysSmallPerPageAndOpensInABrowser() throws IOException {
    Path project = dir.resolve("project");
    ProjectGenerator.generate(MODELS, 42, project);
    Path site = dir.resolve("site");
    CatalogBench.Round round = CatalogBench.round(project, site);
    SiteReport report = round.report();
    Path artifacts = Path.of("target/browser-artifacts/large");
    Files.createDirectories(artifacts);
    Files.writeString(artifacts.resolve("figures.txt"), MODELS + " models: " + round.describe() + "\n");

    assertThat(report.pages()).isGreaterThan(MODELS);
    Path biggestGraph;
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        long size = Files.size(f);
        assertThat(size).as(f.toString()).isLessThan(FILE_LIMIT);
        if (f.getParent().getFileName().toString().equals("models")) {
          assertThat(size).as(f.toString()).isLessThan(PAGE_LIMIT);
        }
      }
    }
    try (Stream<Path> graphs = Files.list(site.resolve("graph"))) {
      biggestGraph = graphs.filter(p -> p.getFileName().toString().startsWith("m-"))
          .max(Comparator.comparingLong(CatalogScaleTest::size).thenComparing(Comparator.naturalOrder())).orElseThrow();
    }
    String model = biggestGraph.getFileName().toString().replaceAll("^m-|\\.js$", "");
    String output = BrowserScript.run(site, artifacts, "large", "--model", model);
    assertThat(output).contains("passed");
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
