package dev.rocky.app.catalog;

import dev.rocky.core.port.SourceCatalog;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.project.TargetRef;
import java.util.List;
import java.util.Optional;

/** Asks the warehouse itself: {@code DESCRIBE} through the adapter, one table at a time. */
public final class WarehouseSourceCatalog implements SourceCatalog {
  private final WarehouseAdapter adapter;

  public WarehouseSourceCatalog(WarehouseAdapter adapter) {
    this.adapter = adapter;
  }

  @Override
  public Optional<SourceTable> describe(List<String> ref) {
    TargetRef table = switch (ref.size()) {
      case 1 -> new TargetRef(null, null, ref.get(0));
      case 2 -> new TargetRef(null, ref.get(0), ref.get(1));
      default -> new TargetRef(ref.get(ref.size() - 3), ref.get(ref.size() - 2), ref.get(ref.size() - 1));
    };
    return adapter.describeTable(table)
        .map(columns -> new SourceTable(table.catalog(), table.schema(), table.table(), columns, null, 0));
  }
}
