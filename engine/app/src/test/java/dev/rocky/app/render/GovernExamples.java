package dev.rocky.app.render;

import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.Compiler;
import dev.rocky.compiler.govern.PortabilityLint;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.List;
import java.util.Map;

/** The worked examples of the governance pages (W004, P001). */
final class GovernExamples {
  private GovernExamples() {}

  static DocExamples.Example w004() {
    String sidecar = """
        [classification]
        email = "pii"
        phone = "contact"
        """;
    Map<String, String> files = Map.of("models/stg_customers.toml", sidecar);
    return new DocExamples.Example(files, () -> {
      InMemoryProjectSource p = new InMemoryProjectSource();
      p.put("rocky.toml", """
          [adapter.local]
          type = "duckdb"

          [pipeline.shop]
          type = "transformation"

          [pipeline.shop.target]
          adapter = "local"

          [freshness]
          expected_lag_seconds = 86400

          [mask]
          pii = "hash"
          """);
      p.put("models/stg_customers.sql", "SELECT 1 AS id, 'a@b.c' AS email, '+1 555' AS phone\n");
      p.put("models/stg_customers.toml", sidecar);
      CompileOptions options = new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 1);
      return new Compiler(CacheStore.NONE, null).compile(p, options).diagnostics().stream()
          .filter(d -> d.code() == DiagnosticCode.W004).toList();
    });
  }

  static DocExamples.Example p001() {
    String sql = "SELECT\n    order_id,\n    DIV0(margin, revenue) AS margin_rate\nFROM stg_orders\n";
    Map<String, String> files = Map.of("models/fct_margin.sql", sql);
    Model model = new Model("fct_margin", "models/fct_margin.sql", sql, null, ModelConfig.defaults("fct_margin"));
    return new DocExamples.Example(files,
        () -> new PortabilityLint(Dialect.DATABRICKS, List.of(), Dialect.SNOWFLAKE).check(model));
  }
}
