package dev.rocky.adapter.databricks;

import dev.rocky.core.config.Secret;
import dev.rocky.testkit.emulator.databricks.DatabricksEmulator;
import dev.rocky.core.config.RetryConfig;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.testkit.contract.ContractDialect;
import dev.rocky.testkit.contract.WarehouseAdapterContract;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The conformance suite against the emulated workspace, through the real SDK over HTTP. */
class DatabricksEmulatedContractTest extends WarehouseAdapterContract {
  private static DatabricksEmulator emulator;

  @BeforeAll
  static void startEmulator() {
    emulator = DatabricksEmulator.start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  static DatabricksConfig config(DatabricksEmulator emulator) {
    return new DatabricksConfig(emulator.host(), DatabricksEmulator.WAREHOUSE_ID, DatabricksEmulator.CATALOG, null,
        new DatabricksAuth.Pat(Secret.of(emulator.pat())), Duration.ofSeconds(30),
        new RetryConfig(3, 10L, 50L, 2.0, true, null, null, null),
        new DatabricksConfig.Tuning(Duration.ZERO, Duration.ofMillis(2), Duration.ofMillis(20), 4, 16));
  }

  @Override
  protected WarehouseAdapter newAdapter() {
    return DatabricksAdapter.open(config(emulator));
  }

  @Override
  public @Nullable String scratchCatalog() {
    return DatabricksEmulator.CATALOG;
  }

  @Override
  public ContractDialect contractDialect() {
    return new DatabricksContractDialect(Duration.ofSeconds(2), Duration.ofMillis(30));
  }

  @Override
  protected String longRunningQuerySql() {
    return "SELECT count(*) AS n FROM range(0, 1000000000000) WHERE id % 7 = 3";
  }
}
