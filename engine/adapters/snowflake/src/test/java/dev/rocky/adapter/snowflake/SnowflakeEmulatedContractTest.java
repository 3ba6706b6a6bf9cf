package dev.rocky.adapter.snowflake;

import dev.rocky.core.config.Secret;
import dev.rocky.testkit.emulator.snowflake.SnowflakeEmulator;
import dev.rocky.core.config.RetryConfig;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.testkit.contract.ContractDialect;
import dev.rocky.testkit.contract.WarehouseAdapterContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance suite through Snowflake's real JDBC driver, against the emulated account. The
 * scratch schema is upper case, so that it is the same schema quoted ({@code "ROCKY_CONTRACT"}, as
 * targets are written) and unquoted ({@code rocky_contract}, as policy names are).
 */
class SnowflakeEmulatedContractTest extends WarehouseAdapterContract {
  private static SnowflakeEmulator emulator;

  @BeforeAll
  static void startEmulator() {
    emulator = SnowflakeEmulator.start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  static SnowflakeConfig config(SnowflakeEmulator emulator) {
    return new SnowflakeConfig(SnowflakeEmulator.ACCOUNT, emulator.endpoint(), SnowflakeEmulator.USER,
        new SnowflakeAuth.Password(Secret.of(emulator.password())), "ROCKY_WH", SnowflakeEmulator.DATABASE, null,
        "ROCKY_ROLE", Duration.ofSeconds(60), new RetryConfig(2, 10L, 50L, 2.0, true, null, null, null), 4);
  }

  @Override
  protected WarehouseAdapter newAdapter() {
    return SnowflakeAdapter.open(config(emulator));
  }

  @Override
  public String scratchSchema() {
    return "ROCKY_CONTRACT";
  }

  @Override
  public ContractDialect contractDialect() {
    return new SnowflakeContractDialect(Duration.ofSeconds(2), Duration.ofMillis(30));
  }

  @Override
  protected String longRunningQuerySql() {
    return "SELECT SYSTEM$WAIT(600)";
  }
}
