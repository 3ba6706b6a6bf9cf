package dev.rocky.cli.warehouse;

import dev.rocky.adapter.databricks.DatabricksAdapter;
import dev.rocky.adapter.databricks.DatabricksAuth;
import dev.rocky.adapter.databricks.DatabricksConfig;
import dev.rocky.adapter.snowflake.SnowflakeAdapter;
import dev.rocky.adapter.snowflake.SnowflakeAuth;
import dev.rocky.adapter.snowflake.SnowflakeConfig;
import dev.rocky.core.config.RetryConfig;
import dev.rocky.core.config.Secret;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.testkit.emulator.databricks.DatabricksEmulator;
import dev.rocky.testkit.emulator.snowflake.SnowflakeEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** TEST-ONLY: the governed fixture pointed at an emulated warehouse, and its raw data loaded there. */
final class Governed {
  private Governed() {}

  static Path onDatabricks(Path project, DatabricksEmulator emulator) throws IOException {
    return withAdapter(project, """
        [adapter.local]
        type = "databricks"
        host = "%s"
        http_path = "/sql/1.0/warehouses/%s"
        token = "${ROCKY_TEST_DATABRICKS_TOKEN:-%s}"

        [adapter.local.extra]
        catalog = "%s"
        wait_timeout_secs = 0
        """.formatted(emulator.host(), DatabricksEmulator.WAREHOUSE_ID, emulator.pat(), DatabricksEmulator.CATALOG));
  }

  static Path onSnowflake(Path project, SnowflakeEmulator emulator) throws IOException {
    return withAdapter(project, """
        [adapter.local]
        type = "snowflake"
        account = "%s"
        username = "%s"
        password = "${ROCKY_TEST_SNOWFLAKE_PASSWORD:-%s}"
        warehouse = "ROCKY_WH"
        database = "%s"
        role = "ROCKY_ROLE"

        [adapter.local.extra]
        endpoint = "%s"
        """.formatted(SnowflakeEmulator.ACCOUNT, SnowflakeEmulator.USER, emulator.password(), SnowflakeEmulator.DATABASE,
        emulator.endpoint()));
  }

  /** The fixture with its DuckDB adapter replaced by {@code adapter} (TOML). */
  private static Path withAdapter(Path project, String adapter) throws IOException {
    Path toml = project.resolve("rocky.toml");
    Files.writeString(toml, Files.readString(toml).replace("""
        [adapter.local]
        type = "duckdb"
        path = "${GOVERNED_DUCKDB_PATH:-governed.duckdb}"
        """, adapter));
    return project;
  }

  /** Runs a script of {@code ;}-separated statements on the emulated account, as its administrator would. */
  static void sql(SnowflakeEmulator emulator, String script) {
    SnowflakeConfig config = new SnowflakeConfig(SnowflakeEmulator.ACCOUNT, emulator.endpoint(), SnowflakeEmulator.USER,
        new SnowflakeAuth.Password(Secret.of(emulator.password())), "ROCKY_WH", SnowflakeEmulator.DATABASE, null,
        "ROCKY_ROLE", Duration.ofSeconds(60), RetryConfig.defaults(), 2);
    try (WarehouseAdapter warehouse = SnowflakeAdapter.open(config)) {
      run(warehouse, script);
    }
  }

  /** Runs a script of {@code ;}-separated statements on the emulated warehouse, as its administrator would. */
  static void sql(DatabricksEmulator emulator, String script) {
    DatabricksConfig config = new DatabricksConfig(emulator.host(), DatabricksEmulator.WAREHOUSE_ID,
        DatabricksEmulator.CATALOG, null, new DatabricksAuth.Pat(Secret.of(emulator.pat())), Duration.ofSeconds(30),
        RetryConfig.defaults(), DatabricksConfig.Tuning.DEFAULT);
    try (WarehouseAdapter warehouse = DatabricksAdapter.open(config)) {
      run(warehouse, script);
    }
  }

  private static void run(WarehouseAdapter warehouse, String script) {
    for (String statement : script.split(";")) {
      if (!statement.isBlank()) {
        warehouse.execute(statement.strip());
      }
    }
  }
}
