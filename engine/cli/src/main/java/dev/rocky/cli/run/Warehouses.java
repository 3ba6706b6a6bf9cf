package dev.rocky.cli.run;

import dev.rocky.adapter.databricks.DatabricksAdapterFactory;
import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.adapter.snowflake.SnowflakeAdapter;
import dev.rocky.adapter.snowflake.SnowflakeAdapterFactory;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Dialect;
import java.nio.file.Path;

/**
 * The warehouse a command writes to, chosen by the {@code type} of its {@code [adapter.NAME]}:
 * {@code duckdb} (a path relative to the project root, or in memory), {@code databricks} (a SQL
 * warehouse through the Statement Execution API) or {@code snowflake} (JDBC). Credentials come only
 * from the block, where {@code ${VAR}} references were resolved from the environment when the
 * project was loaded; the adapters keep them as secrets and scrub them from every message.
 */
public final class Warehouses {
  private Warehouses() {}

  /** The SQL dialect the models are planned in for {@code adapterName}'s block. */
  public static Dialect dialect(String adapterName, AdapterConfig adapter) {
    return Dialect.ofAdapterType(adapter.type()).orElseThrow(() -> unknownType(adapterName, adapter));
  }

  /** Opens the adapter of the block; the caller closes it. A block that cannot be used is a CONFIG error. */
  public static WarehouseAdapter open(String adapterName, AdapterConfig adapter, Path projectRoot) {
    try {
      return switch (dialect(adapterName, adapter)) {
        case DUCKDB -> DuckDbAdapter.open(adapter, projectRoot);
        case DATABRICKS -> DatabricksAdapterFactory.open(adapter);
        case SNOWFLAKE -> SnowflakeAdapter.open(SnowflakeAdapterFactory.config(adapter, projectRoot));
      };
    } catch (RockyException e) {
      if (e.type() != dev.rocky.core.error.ErrorType.USER_ERROR) {
        throw e;
      }
      throw new CliException(CliErrorCode.CONFIG, "rocky.toml [adapter." + adapterName + "]: " + e.getMessage(),
          "fix [adapter." + adapterName + "] in rocky.toml; write credentials as ${VAR} and export VAR");
    }
  }

  /** {@link #open} for the run's target adapter. */
  public static WarehouseAdapter open(RunTargets targets, Path projectRoot) {
    return open(targets.adapterName(), targets.adapter(), projectRoot);
  }

  private static CliException unknownType(String adapterName, AdapterConfig adapter) {
    return new CliException(CliErrorCode.UNSUPPORTED, "adapter '" + adapterName + "' is of type " + adapter.type()
        + "; rocky runs models on duckdb, databricks and snowflake",
        "set type = \"duckdb\", \"databricks\" or \"snowflake\" under [adapter." + adapterName + "] in rocky.toml");
  }
}
