package dev.rocky.compiler.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.port.SourceCatalog;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** E027 through the compiler: a model's projected cost over a ceiling of its own [budget]. */
class BudgetCeilingCheckTest {
  static final String CONFIG = """
      [adapter]
      type = "duckdb"

      [pipeline.main]
      type = "transformation"

      [budget]
      max_usd = 5.0
      """;

  final Map<String, String> files = new LinkedHashMap<>(Map.of(
      "rocky.toml", CONFIG,
      "models/orders.sql", "SELECT 1 AS id",
      "models/customers.sql", "SELECT 2 AS id"));
  final List<String> asked = new ArrayList<>();

  List<Diagnostic> e027(Map<String, ProjectedCost> projections) {
    CostProjections costs = model -> {
      asked.add(model);
      return Optional.ofNullable(projections.get(model));
    };
    CompileResult result = new Compiler(CacheStore.NONE, null, SourceCatalog.NONE, costs)
        .compile(InMemoryProjectSource.of(files), CompileOptions.defaults());
    return result.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.E027).toList();
  }

  static ProjectedCost projected(Double usd, Long ms, Long bytes, int runs) {
    return new ProjectedCost(new CostFigures(usd, ms, bytes), runs, runs >= 5);
  }

  @Test
  void aCeilingExceededByTheProjectionIsAnErrorWhenTheBudgetSaysError() {
    files.put("models/orders.toml", """
        intent = "Orders."

        [budget]
        max_usd = 0.01
        max_bytes_scanned = 1000000
        on_breach = "error"
        """);

    List<Diagnostic> found = e027(Map.of("orders", projected(0.0123, 1500L, 2_000_000L, 5)));

    assertThat(found).hasSize(2);
    Diagnostic usd = found.getFirst();
    assertThat(usd.severity()).isEqualTo(Severity.Error);
    assertThat(usd.model()).isEqualTo("orders");
    assertThat(usd.message()).isEqualTo(
        "projected cost of model 'orders' is $0.0123 (the median of its last 5 runs), over its budget max_usd = $0.01");
    assertThat(usd.span()).isEqualTo(new SourceSpan("models/orders.toml", 4, 11, 4));
    assertThat(usd.suggestion()).isEqualTo("make the model cheaper, or raise [budget] max_usd in models/orders.toml;"
        + " on_breach = \"warn\" reports this without failing");
    assertThat(found.get(1).message()).isEqualTo("projected bytes scanned of model 'orders' is 2000000 bytes"
        + " (the median of its last 5 runs), over its budget max_bytes_scanned = 1000000 bytes");
    assertThat(found.get(1).span()).isEqualTo(new SourceSpan("models/orders.toml", 5, 21, 7));
  }

  @Test
  void withWarnItIsAWarningAndUnsetFieldsComeFromTheProjectBudget() {
    files.put("models/orders.toml", """
        [budget]
        max_duration_ms = 1000
        """);

    List<Diagnostic> found = e027(Map.of("orders", projected(6.0, 1500L, null, 1)));

    // max_usd = 5.0 is the project's; on_breach is the project's default, warn
    assertThat(found).extracting(Diagnostic::severity).containsOnly(Severity.Warning);
    assertThat(found).extracting(Diagnostic::message).containsExactly(
        "projected cost of model 'orders' is $6.00 (its last run), over its budget max_usd = $5.00",
        "projected duration of model 'orders' is 1500 ms (its last run), over its budget max_duration_ms = 1000 ms");
    // a ceiling the sidecar does not write points at the whole sidecar
    assertThat(found.getFirst().span()).isEqualTo(SourceSpan.file("models/orders.toml"));
    assertThat(found.getFirst().suggestion()).doesNotContain("on_breach");
  }

  @Test
  void modelsWithoutABudgetOfTheirOwnAreNeverAskedAbout() {
    files.put("models/orders.toml", "[budget]\nmax_usd = 1.0\n");

    assertThat(e027(Map.of("orders", projected(0.5, 10L, null, 3), "customers", projected(99.0, 10L, null, 3))))
        .isEmpty();
    assertThat(asked).containsExactly("orders");
  }

  @Test
  void withoutHistoryOrWithUnknownFiguresNothingFires() {
    files.put("models/orders.toml", "[budget]\nmax_usd = 0.0\nmax_bytes_scanned = 0\non_breach = \"error\"\n");
    files.put("models/customers.toml", "[budget]\nmax_usd = 0.0\non_breach = \"error\"\n");

    assertThat(e027(Map.of("orders", projected(null, 10L, null, 2)))).isEmpty();
    assertThat(asked).containsExactlyInAnyOrder("orders", "customers");
  }
}
