package dev.rocky.adapter.duckdb;

import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.testkit.contract.WarehouseAdapterContract;

class DuckDbAdapterContractTest extends WarehouseAdapterContract {
  @Override
  protected WarehouseAdapter newAdapter() {
    return DuckDbAdapter.inMemory();
  }

  @Override
  protected String divisionByZeroSql() {
    // In DuckDB "/" is floating-point division (1 / 0 is Infinity); "//" and "%" are integer operations.
    return "SELECT 1 // 0";
  }

  @Override
  protected String longRunningQuerySql() {
    return "SELECT count(*) FROM range(1000000000000) AS t(a) WHERE a % 7 = 3";
  }
}
