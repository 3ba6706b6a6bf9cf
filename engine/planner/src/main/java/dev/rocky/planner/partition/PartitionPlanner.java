package dev.rocky.planner.partition;

import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.Strategy.Granularity;
import dev.rocky.planner.error.PlannerErrors;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a {@link PartitionSelection} into the windows to run, earliest first (so a failed backfill
 * leaves no gap behind the last success), as Rocky's {@code plan_partitions} does:
 *
 * <ol>
 *   <li>the selection becomes canonical keys;
 *   <li>lookback ({@code --lookback}, else the model's {@code lookback}) adds the N partitions before
 *       the earliest selected key;
 *   <li>{@code batch_size} merges up to N consecutive keys into one window; a gap always ends a batch.
 * </ol>
 */
public final class PartitionPlanner {
  private PartitionPlanner() {}

  public static List<PartitionWindow> plan(String model, Strategy.TimeInterval strategy, PartitionSelection selection,
      @Nullable Integer lookbackOverride, Clock clock) {
    int lookback = lookbackOverride != null ? lookbackOverride : orDefault(strategy.lookback(), 0);
    int batchSize = orDefault(strategy.batchSize(), 1);
    if (lookback < 0) {
      throw PlannerErrors.invalidPartitionSetting(model, "lookback", lookback);
    }
    if (batchSize < 1) {
      throw PlannerErrors.invalidPartitionSetting(model, "batch_size", batchSize);
    }
    NavigableSet<PartitionKey> keys = resolve(model, strategy, selection, clock);
    if (!keys.isEmpty()) {
      PartitionKey cursor = keys.first();
      for (int i = 0; i < lookback; i++) {
        cursor = cursor.previous();
        keys.add(cursor);
      }
    }
    return batch(keys, batchSize);
  }

  /** The partition containing the clock's now, in UTC. */
  public static PartitionKey latest(Granularity grain, Clock clock) {
    return PartitionKey.containing(grain, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  private static NavigableSet<PartitionKey> resolve(String model, Strategy.TimeInterval strategy,
      PartitionSelection selection, Clock clock) {
    Granularity grain = strategy.granularity();
    NavigableSet<PartitionKey> keys = new TreeSet<>();
    switch (selection) {
      case PartitionSelection.Single s -> keys.add(PartitionKey.parse(grain, s.key()));
      case PartitionSelection.Range r -> {
        PartitionKey from = PartitionKey.parseBound(grain, r.from());
        PartitionKey to = PartitionKey.parseBound(grain, r.to());
        if (from.compareTo(to) > 0) {
          throw PlannerErrors.invertedRange(from.key(), to.key());
        }
        addRange(keys, from, to);
      }
      case PartitionSelection.Latest l -> keys.add(latest(grain, clock));
      case PartitionSelection.Missing m -> {
        String first = strategy.firstPartition();
        if (first == null) {
          throw PlannerErrors.missingNeedsFirstPartition(model);
        }
        PartitionKey from = PartitionKey.parse(grain, first);
        PartitionKey to = latest(grain, clock);
        if (from.compareTo(to) > 0) {
          throw PlannerErrors.firstPartitionInFuture(model, from.key(), to.key());
        }
        addRange(keys, from, to);
        keys.removeIf(k -> m.computedKeys().contains(k.key()));
      }
    }
    return keys;
  }

  private static void addRange(NavigableSet<PartitionKey> keys, PartitionKey from, PartitionKey to) {
    for (PartitionKey k = from; k.compareTo(to) <= 0; k = k.next()) {
      keys.add(k);
    }
  }

  private static List<PartitionWindow> batch(NavigableSet<PartitionKey> keys, int batchSize) {
    List<PartitionWindow> out = new ArrayList<>();
    List<PartitionKey> current = new ArrayList<>();
    for (PartitionKey k : keys) {
      boolean contiguous = !current.isEmpty() && current.getLast().end().equals(k.start());
      if (!current.isEmpty() && (!contiguous || current.size() == batchSize)) {
        out.add(window(current));
        current.clear();
      }
      current.add(k);
    }
    if (!current.isEmpty()) {
      out.add(window(current));
    }
    return List.copyOf(out);
  }

  private static PartitionWindow window(List<PartitionKey> run) {
    List<String> rest = run.subList(1, run.size()).stream().map(PartitionKey::key).toList();
    return new PartitionWindow(run.getFirst().key(), run.getFirst().start(), run.getLast().end(), rest);
  }

  private static int orDefault(@Nullable Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
