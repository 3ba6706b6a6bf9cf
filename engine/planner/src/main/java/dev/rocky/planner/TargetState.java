package dev.rocky.planner;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the executor knows about a step's target before running it: whether the table exists, and
 * the watermark recorded for it (incremental and microbatch strategies only).
 */
public record TargetState(boolean exists, @Nullable Instant watermark) {

  public TargetState {
    if (!exists) {
      watermark = null;
    }
  }

  public static TargetState absent() {
    return new TargetState(false, null);
  }

  public static TargetState present() {
    return new TargetState(true, null);
  }

  public static TargetState present(Instant watermark) {
    return new TargetState(true, watermark);
  }
}
