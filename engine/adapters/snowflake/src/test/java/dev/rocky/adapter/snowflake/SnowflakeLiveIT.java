package dev.rocky.adapter.snowflake;

import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.testkit.contract.ContractDialect;
import dev.rocky.testkit.contract.WarehouseAdapterContract;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The conformance suite against a real Snowflake account. Runs only when {@code SNOWFLAKE_ACCOUNT}
 * is set, with {@code SNOWFLAKE_USER}, {@code SNOWFLAKE_WAREHOUSE}, {@code SNOWFLAKE_DATABASE},
 * {@code SNOWFLAKE_ROLE} and one of {@code SNOWFLAKE_PRIVATE_KEY_PATH} (+ passphrase),
 * {@code SNOWFLAKE_OAUTH_TOKEN}, {@code SNOWFLAKE_PAT}, {@code SNOWFLAKE_PASSWORD}; optionally
 * {@code ROCKY_LIVE_GRANTEE} (a role; default {@code PUBLIC}). The role needs CREATE SCHEMA on the
 * database and CREATE MASKING POLICY / APPLY MASKING POLICY. Not run by surefire's default
 * includes; run it with {@code -Dtest=SnowflakeLiveIT -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfEnvironmentVariable(named = "SNOWFLAKE_ACCOUNT", matches = ".+")
class SnowflakeLiveIT extends WarehouseAdapterContract {
  private static final Map<String, String> ENV = System.getenv();
  private static final String SCHEMA = "ROCKY_CONTRACT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

  @Override
  protected WarehouseAdapter newAdapter() {
    return SnowflakeAdapter.open(SnowflakeAdapterFactory.fromEnvironment(ENV));
  }

  @Override
  public String scratchSchema() {
    return SCHEMA;
  }

  @Override
  public ContractDialect contractDialect() {
    String grantee = ENV.getOrDefault("ROCKY_LIVE_GRANTEE", "PUBLIC");
    return new SnowflakeContractDialect(Duration.ofMinutes(2), Duration.ofSeconds(3)) {
      @Override
      public String grantee() {
        return grantee;
      }
    };
  }

  @Override
  protected String longRunningQuerySql() {
    return "SELECT SYSTEM$WAIT(600)";
  }
}
