package dev.rocky.app.replay;

import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;

/**
 * An isolated, empty warehouse and state store a replay builds its models in, thrown away on close:
 * locally an in-memory DuckDB and a state file in a temporary directory.
 */
public interface ScratchWarehouse extends AutoCloseable {

  WarehouseAdapter adapter();

  StateStore state();

  @Override
  void close();
}
