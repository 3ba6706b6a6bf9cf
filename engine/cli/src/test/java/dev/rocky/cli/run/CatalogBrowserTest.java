package dev.rocky.cli.run;

import static dev.rocky.cli.run.Runs.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.testkit.BrowserScript;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job ending with {@code rocky catalog}, then the site in a real headless
 * Chromium: home, model, column lineage, a deep link, search and a run page, with no console
 * error and no request outside the site. Screenshots land in target/browser-artifacts/playground.
 */
class CatalogBrowserTest {
  @TempDir Path dir;

  @Test
  void thePlaygroundsCatalogWorksInABrowser() {
    Path demo = Runs.playground(dir);
    ok(demo, "seed", "--sql");
    ok(demo, "run");
    JsonNode catalog = ok(demo, "catalog");
    Path home = Path.of(catalog.path("home").asText());
    assertThat(home).isEqualTo(demo.resolve(".rocky/catalog/index.html").toAbsolutePath());

    String output = BrowserScript.run(home.getParent(), Path.of("target/browser-artifacts/playground"), "playground");
    assertThat(output).contains("passed");
  }
}
