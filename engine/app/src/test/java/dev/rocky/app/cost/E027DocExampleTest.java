package dev.rocky.app.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.render.DiagnosticRenderer;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.Compiler;
import dev.rocky.compiler.cost.CostFigures;
import dev.rocky.compiler.cost.ProjectedCost;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.port.SourceCatalog;
import dev.rocky.testkit.InMemoryProjectSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/diagnostics/E027.md shows what the compiler really says for its example. */
class E027DocExampleTest {
  static final String SIDECAR = """
      intent = "Orders per day."

      [budget]
      max_usd = 0.50
      on_breach = "error"
      """;

  @Test
  void thePageShowsTheRealOutput() throws Exception {
    InMemoryProjectSource source = InMemoryProjectSource.of(Map.of(
        "rocky.toml", "[adapter]\ntype = \"duckdb\"\n\n[pipeline.main]\ntype = \"transformation\"\n",
        "models/fct_orders.sql", "SELECT 1 AS order_id",
        "models/fct_orders.toml", SIDECAR));
    ProjectedCost history = new ProjectedCost(new CostFigures(0.612, 95_000L, null), 7, true);
    List<Diagnostic> found = new Compiler(CacheStore.NONE, null, SourceCatalog.NONE,
        model -> model.equals("fct_orders") ? Optional.of(history) : Optional.empty())
        .compile(source, CompileOptions.defaults()).diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.E027).toList();

    assertThat(found).hasSize(1);
    String block = "```text\n" + new DiagnosticRenderer(f -> Optional.ofNullable(source.files().get(f)), false)
        .render(found.getFirst()) + "```\n";
    String page = Files.readString(docs().resolve("E027.md"), StandardCharsets.UTF_8);
    assertThat(page).contains("```toml\n" + SIDECAR + "```\n").contains(block);
  }

  private static Path docs() {
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("docs").resolve("diagnostics"))) {
        return p.resolve("docs").resolve("diagnostics");
      }
    }
    throw new AssertionError("no docs/diagnostics");
  }
}
