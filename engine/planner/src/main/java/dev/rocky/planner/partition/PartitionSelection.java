package dev.rocky.planner.partition;

import java.util.Objects;
import java.util.Set;

/** Which partitions of a time_interval model to run, from the command line. */
public sealed interface PartitionSelection {

  /** {@code --partition KEY}: exactly one partition, by canonical key. */
  record Single(String key) implements PartitionSelection {
    public Single {
      Objects.requireNonNull(key, "key");
    }
  }

  /** {@code --from FROM --to TO}: every partition between the two, both included, aligned to the grain. */
  record Range(String from, String to) implements PartitionSelection {
    public Range {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /** {@code --latest} (the default): the partition containing now (UTC). */
  record Latest() implements PartitionSelection {}

  /** {@code --missing}: every partition from {@code first_partition} to now not among {@code computedKeys}. */
  record Missing(Set<String> computedKeys) implements PartitionSelection {
    public Missing {
      computedKeys = Set.copyOf(computedKeys);
    }
  }
}
