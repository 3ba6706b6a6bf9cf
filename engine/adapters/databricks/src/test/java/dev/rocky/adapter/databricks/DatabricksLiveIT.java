package dev.rocky.adapter.databricks;

import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.testkit.contract.ContractDialect;
import dev.rocky.testkit.contract.WarehouseAdapterContract;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The conformance suite against a real Databricks SQL warehouse. Runs only when
 * {@code DATABRICKS_HOST} is set, with {@code DATABRICKS_HTTP_PATH} (or {@code DATABRICKS_WAREHOUSE_ID}),
 * {@code DATABRICKS_TOKEN} or {@code DATABRICKS_CLIENT_ID}/{@code DATABRICKS_CLIENT_SECRET}, and
 * optionally {@code DATABRICKS_CATALOG} and {@code ROCKY_LIVE_GRANTEE} (default {@code account users}).
 * Not run by surefire's default includes; run it with
 * {@code ./mvnw -pl engine/adapters/databricks -am test -Dtest=DatabricksLiveIT -Dsurefire.failIfNoSpecifiedTests=false}.
 * Each run works in its own schema, dropped after every test.
 */
@EnabledIfEnvironmentVariable(named = "DATABRICKS_HOST", matches = ".+")
class DatabricksLiveIT extends WarehouseAdapterContract {
  private static final Map<String, String> ENV = System.getenv();
  private static final String SCHEMA = "rocky_contract_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

  @Override
  protected WarehouseAdapter newAdapter() {
    return DatabricksAdapter.open(DatabricksAdapterFactory.fromEnvironment(ENV));
  }

  @Override
  public String scratchSchema() {
    return SCHEMA;
  }

  @Override
  public @Nullable String scratchCatalog() {
    String catalog = ENV.get("DATABRICKS_CATALOG");
    return catalog == null || catalog.isBlank() ? null : catalog;
  }

  @Override
  public ContractDialect contractDialect() {
    String grantee = ENV.getOrDefault("ROCKY_LIVE_GRANTEE", "account users");
    return new DatabricksContractDialect(Duration.ofMinutes(5), Duration.ofSeconds(3)) {
      @Override
      public String grantee() {
        return grantee;
      }
    };
  }

  @Override
  protected String longRunningQuerySql() {
    return "SELECT count(*) AS n FROM range(0, 1000000000000) WHERE id % 7 = 3";
  }
}
