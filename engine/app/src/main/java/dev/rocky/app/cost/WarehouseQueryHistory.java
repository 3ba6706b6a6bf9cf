package dev.rocky.app.cost;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.QueryHistoryEntry;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.port.WarehouseCapability;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link QueryUsage} from an adapter's {@link WarehouseAdapter#queryHistory}: Databricks'
 * query history API, Snowflake's {@code QUERY_HISTORY}. The history is read once per run, from the
 * run's start; an adapter without the capability, or a history that cannot be read, knows nothing.
 */
public final class WarehouseQueryHistory implements QueryUsage {
  private final WarehouseAdapter warehouse;

  public WarehouseQueryHistory(WarehouseAdapter warehouse) {
    this.warehouse = warehouse;
  }

  @Override
  public Map<String, WarehouseUsage> usage(Instant since, Collection<String> queryIds) {
    if (queryIds.isEmpty() || !warehouse.supports(WarehouseCapability.QUERY_HISTORY)) {
      return Map.of();
    }
    Set<String> wanted = new HashSet<>(queryIds);
    Map<String, WarehouseUsage> out = new HashMap<>();
    try {
      for (QueryHistoryEntry q : warehouse.queryHistory(since)) {
        if (wanted.contains(q.queryId())) {
          out.put(q.queryId(), new WarehouseUsage(q.duration().toMillis(), q.bytesScanned(), null));
        }
      }
    } catch (RockyException e) {
      return Map.of(); // no grant on the history, or it is unreachable: the measured durations price the run
    }
    return out;
  }
}
