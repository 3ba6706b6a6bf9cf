package dev.rocky.fn.replay;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.replay.ScratchWarehouse;
import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import java.time.Clock;

/** A replay's scratch in Lambda: an in-memory DuckDB and an in-memory state store, gone on close. */
final class LambdaScratch implements ScratchWarehouse {
  private final DuckDbAdapter adapter = DuckDbAdapter.inMemory();
  private final MemoryStateStore state = new MemoryStateStore(Clock.systemUTC());

  @Override
  public WarehouseAdapter adapter() {
    return adapter;
  }

  @Override
  public StateStore state() {
    return state;
  }

  @Override
  public void close() {
    adapter.close();
  }
}
