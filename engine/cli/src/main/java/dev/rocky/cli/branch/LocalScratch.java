package dev.rocky.cli.branch;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.replay.ScratchWarehouse;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.store.local.SqliteStateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/** A replay's scratch: an in-memory DuckDB and a state file in a temporary directory, both gone on close. */
final class LocalScratch implements ScratchWarehouse {
  private final Path dir;
  private final DuckDbAdapter adapter;
  private final SqliteStateStore state;

  LocalScratch() {
    try {
      dir = Files.createTempDirectory("rocky-replay");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    adapter = DuckDbAdapter.inMemory();
    state = SqliteStateStore.open(dir.resolve("state.sqlite"), Clock.systemUTC());
  }

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
    try {
      state.close();
    } finally {
      adapter.close();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException e) {
        // a temporary directory left behind is harmless
      }
    }
  }
}
