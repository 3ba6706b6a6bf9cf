package dev.rocky.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.cli.wiring.LocalWiring;
import dev.rocky.testkit.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky catalog}: writes the site under .rocky/catalog (or --out) and says where its home page is. */
class CatalogCommandTest {
  @TempDir Path cwd;

  @BeforeEach
  void project() {
    TestProjects.copyTo(TestProjects.SHOP, cwd);
  }

  @Test
  void writesTheSiteAndPrintsItsHomePage() throws Exception {
    CliRun table = CliRun.run(cwd, true, new LocalWiring(), "catalog");
    assertThat(table.exitCode()).isZero();
    Path home = cwd.resolve(".rocky/catalog/index.html").toAbsolutePath();
    assertThat(table.out().strip().lines().toList()).last().isEqualTo(home.toString());
    assertThat(table.out()).startsWith("catalog: 27 models, ");
    assertThat(home).isRegularFile();
    assertThat(cwd.resolve(".rocky/catalog/models/fct_orders.html")).isRegularFile();

    CliRun json = CliRun.run(cwd, "catalog", "--out", "site", "--runs", "0");
    assertThat(json.exitCode()).isZero();
    JsonNode out = Json.mapper().readTree(json.out());
    assertThat(out.get("command").asText()).isEqualTo("catalog");
    assertThat(out.get("home").asText()).isEqualTo(cwd.resolve("site/index.html").toAbsolutePath().toString());
    assertThat(out.get("models").asInt()).isEqualTo(27);
    assertThat(out.get("pages").asInt()).isGreaterThan(27);
    assertThat(out.get("bytes").asLong()).isPositive();
  }

  @Test
  void addsThePullRequestPageFromALineageDiff() throws Exception {
    Files.writeString(cwd.resolve("diff.json"), """
        {"base_ref": "main", "head_ref": "HEAD", "results": [{"model_name": "stg_orders", "status": "modified",
         "column_changes": [{"column_name": "amount", "change_type": "removed", "old_type": "DECIMAL(12,2)",
         "downstream_consumers": [{"model": "fct_orders", "column": "order_amount"}], "breaking": true}]}]}
        """);
    CliRun run = CliRun.run(cwd, "catalog", "--lineage-diff", "diff.json");
    assertThat(run.exitCode()).isZero();
    String pr = Files.readString(cwd.resolve(".rocky/catalog/pr.html"));
    assertThat(pr).contains("Changes since <code>main</code>", "1 changed models, 1 changed columns, 1 breaking",
        "fct_orders.order_amount");
    assertThat(Files.readString(cwd.resolve(".rocky/catalog/index.html"))).contains("href=\"pr.html\"");
  }

  @Test
  void refusesToOverwriteADirectoryItDidNotWrite() throws Exception {
    Files.createDirectories(cwd.resolve("mine"));
    Files.writeString(cwd.resolve("mine/notes.txt"), "keep me");
    CliRun run = CliRun.run(cwd, "catalog", "--out", "mine");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("refusing to overwrite");
    assertThat(cwd.resolve("mine/notes.txt")).hasContent("keep me");
  }
}
