package dev.rocky.planner.partition;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The half-open window {@code [start, end)} that one time_interval statement replaces. {@code key} is
 * the canonical key of its first partition; {@code batchedWith} lists the keys of the partitions
 * merged after it when {@code batch_size > 1} (each is recorded as computed with the batch).
 */
public record PartitionWindow(String key, LocalDateTime start, LocalDateTime end, List<String> batchedWith) {

  public PartitionWindow {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    batchedWith = List.copyOf(batchedWith);
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("empty window [" + start + ", " + end + ")");
    }
  }

  /** Every partition key the window covers, first one first. */
  public List<String> keys() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(key), batchedWith.stream()).toList();
  }
}
