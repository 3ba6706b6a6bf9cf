package dev.rocky.compiler.govern;

import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.project.Dialect;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** TEST-ONLY: small projects compiled with the real compiler. */
final class GovernFixtures {
  private GovernFixtures() {}

  static final String DUCKDB_TOML = """
      [adapter.local]
      type = "duckdb"

      [pipeline.p]
      type = "transformation"

      [pipeline.p.target]
      adapter = "local"

      [freshness]
      expected_lag_seconds = 86400
      """;

  /** A project of {@code rocky.toml} (the DuckDB one plus {@code extraToml}) and {@code name -> sql} models. */
  static InMemoryProjectSource project(String extraToml, Map<String, String> files) {
    InMemoryProjectSource p = new InMemoryProjectSource();
    p.put("rocky.toml", DUCKDB_TOML + "\n" + extraToml);
    p.put("sources/raw.toml", """
        [[table]]
        schema = "raw"
        name = "people"
        columns = [
          { name = "id", type = "BIGINT", nullable = false },
          { name = "email", type = "VARCHAR" },
          { name = "phone", type = "VARCHAR" },
          { name = "secret", type = "VARCHAR" },
        ]
        """);
    files.forEach(p::put);
    return p;
  }

  static CompileResult compile(InMemoryProjectSource project, @Nullable Dialect target) {
    CompileOptions options = new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 1)
        .withTargetDialect(target);
    return new Compiler(CacheStore.NONE, null).compile(project, options);
  }

  static List<Diagnostic> only(CompileResult result, DiagnosticCode code) {
    return result.diagnostics().stream().filter(d -> d.code() == code).toList();
  }
}
