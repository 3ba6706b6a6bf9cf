package dev.rocky.app.execute;

import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.state.Watermark;
import dev.rocky.planner.MaterializationRenderer;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.TargetState;
import dev.rocky.planner.sql.Statement;
import dev.rocky.planner.sql.TableName;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Finds out what a step's target is before it runs: whether it exists and, for watermarked
 * strategies, how far it is loaded. A failure to find out is an error, never "absent".
 *
 * <p>The recorded watermark can lag the data: a process killed after an incremental load and
 * before its commit leaves rows newer than the recorded watermark. Loading again from the recorded
 * watermark would append them twice, so when the target holds rows beyond it, the load starts from
 * the target's own {@code MAX(timestamp_column)} instead (read with the renderer's READ_WATERMARK
 * statement). The recorded watermark still decides whether the target is rebuilt.
 */
final class TargetProbe {
  private final WarehouseAdapter adapter;
  private final StateStore state;

  TargetProbe(WarehouseAdapter adapter, StateStore state) {
    this.adapter = adapter;
    this.state = state;
  }

  /**
   * What is known of a target.
   *
   * @param recorded the watermark in the state store
   * @param effective the watermark the load starts from (null: the target is rebuilt)
   */
  record Probe(boolean exists, @Nullable Instant recorded, @Nullable Instant effective) {
    /**
     * No probe: the step's statements do not depend on its target's state (see
     * {@link #dependsOnState}) and its schema is known to exist.
     */
    static final Probe NOT_NEEDED = new Probe(false, null, null);

    TargetState targetState() {
      if (!exists) {
        return TargetState.absent();
      }
      return effective == null ? TargetState.present() : TargetState.present(effective);
    }

    /** A recorded watermark that a rebuild of an absent target makes void. */
    boolean voidsRecordedWatermark() {
      return !exists && recorded != null;
    }
  }

  Probe probe(ModelStep step, MaterializationRenderer renderer) {
    boolean exists = adapter.tableExists(ref(step.target()));
    if (!isWatermarked(step.strategy())) {
      return new Probe(exists, null, null);
    }
    Instant recorded = state.watermark(key(step.target())).map(Watermark::lastValue).orElse(null);
    if (!exists || recorded == null) {
      return new Probe(exists, recorded, null);
    }
    Statement read = renderer.render(step, TargetState.present(recorded)).stream()
        .filter(s -> s.purpose() == Statement.Purpose.READ_WATERMARK).findFirst()
        .orElseThrow(() -> new IllegalStateException("no READ_WATERMARK statement for " + step.model()));
    Instant loaded = WatermarkValues.toInstant(adapter.query(read.sql()).single());
    return new Probe(true, recorded, loaded != null && loaded.isAfter(recorded) ? loaded : recorded);
  }

  /**
   * Whether a strategy's statements depend on what the target is: merge, delete_insert, incremental
   * and microbatch build the table when it is missing and load into it otherwise (time_interval
   * steps probe in {@link PartitionedExecution}). The others replace the target whatever it was.
   */
  static boolean dependsOnState(Strategy strategy) {
    return switch (strategy) {
      case Strategy.FullRefresh f -> false;
      case Strategy.View v -> false;
      case Strategy.MaterializedView mv -> false;
      case Strategy.Ephemeral e -> false;
      case Strategy.Incremental i -> true;
      case Strategy.Microbatch m -> true;
      case Strategy.Merge m -> true;
      case Strategy.DeleteInsert d -> true;
      case Strategy.TimeInterval ti -> true;
    };
  }

  static boolean isWatermarked(Strategy strategy) {
    return strategy instanceof Strategy.Incremental || strategy instanceof Strategy.Microbatch;
  }

  /** The state store's key of a target: {@code catalog.schema.table}, or {@code schema.table} without a catalog. */
  static String key(TableName target) {
    return target.qualifiedName();
  }

  static TargetRef ref(TableName target) {
    return new TargetRef(target.catalog(), target.schema(), target.table());
  }
}
