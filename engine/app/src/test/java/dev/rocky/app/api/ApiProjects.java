package dev.rocky.app.api;

import dev.rocky.app.compile.CompileService;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.core.port.CacheStore;
import dev.rocky.testkit.InMemoryProjectSource;
import java.nio.file.Path;
import java.util.Map;

/** TEST-ONLY: small projects for the API, compiled in memory; the OpenAPI document of the repository. */
final class ApiProjects {
  /** Two transformation pipelines: core (orders), marts (revenue, reading orders) after it. */
  static final Map<String, String> TWO_PIPELINES = Map.of(
      "rocky.toml", """
          [adapter.local]
          type = "duckdb"
          path = "warehouse.duckdb"

          [pipeline.core]
          type = "transformation"
          models = "models/core/**"

          [pipeline.core.target]
          adapter = "local"

          [pipeline.marts]
          type = "transformation"
          models = "models/marts/**"
          depends_on = ["core"]

          [pipeline.marts.target]
          adapter = "local"
          """,
      "models/core/orders.sql", "SELECT * FROM (VALUES (1, 'ann', 10.5), (2, 'bob', 4.0)) AS v (order_id, customer, amount)",
      "models/marts/revenue.sql", "SELECT customer, SUM(amount) AS revenue FROM orders GROUP BY customer");

  private ApiProjects() {}

  static ProjectBackend inMemory(Map<String, String> files) {
    return vars -> new CompileService(CacheStore.NONE, null)
        .compile(InMemoryProjectSource.of(files), CompileOptions.defaults().withVars(vars));
  }

  static Path openApi() {
    return Path.of("../../docs/api/openapi.yaml").toAbsolutePath().normalize();
  }
}
