package dev.rocky.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.List;
import java.util.Map;

/** Small in-memory projects for loader tests. */
final class Fixtures {
  private Fixtures() {}

  /** A DuckDB adapter and a transformation pipeline over models/. */
  static final String CONFIG = """
      [adapter.local]
      type = "duckdb"

      [pipeline.main]
      type = "transformation"

      [pipeline.main.target]
      adapter = "local"
      """;

  static InMemoryProjectSource project() {
    return new InMemoryProjectSource().put("rocky.toml", CONFIG);
  }

  static InMemoryProjectSource config(String rockyToml) {
    return new InMemoryProjectSource().put("rocky.toml", rockyToml).put("models/m.sql", "SELECT 1 AS x");
  }

  static LoadResult load(InMemoryProjectSource source) {
    return load(source, Map.of());
  }

  static LoadResult load(InMemoryProjectSource source, Map<String, String> env) {
    return new ProjectLoader(env).load(source, LoadOptions.defaults());
  }

  /** The one diagnostic with {@code code}; fails if there is not exactly one. */
  static Diagnostic only(LoadResult result, DiagnosticCode code) {
    List<Diagnostic> found = result.diagnostics().stream().filter(d -> d.code() == code).toList();
    assertThat(found).as("diagnostics %s", result.diagnostics()).hasSize(1);
    return found.get(0);
  }

  /** The only diagnostic of the result. */
  static Diagnostic single(LoadResult result) {
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }
}
