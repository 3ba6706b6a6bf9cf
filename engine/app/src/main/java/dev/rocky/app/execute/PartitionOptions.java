package dev.rocky.app.execute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.planner.partition.PartitionSelection;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Which partitions of time_interval models to run, as the command line says it: {@code --partition
 * KEY}, {@code --from/--to}, {@code --latest} (the default) or {@code --missing}, with an optional
 * {@code --lookback}. Flat, so that it travels in a Lambda payload as is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartitionOptions(
    @JsonProperty("partition") @Nullable String partition,
    @JsonProperty("from") @Nullable String from,
    @JsonProperty("to") @Nullable String to,
    @JsonProperty("latest") boolean latest,
    @JsonProperty("missing") boolean missing,
    @JsonProperty("lookback") @Nullable Integer lookback) {

  /** {@code --latest}: the partition containing now. */
  public static final PartitionOptions LATEST = new PartitionOptions(null, null, null, false, false, null);

  public PartitionOptions {
    if ((from == null) != (to == null)) {
      throw new IllegalArgumentException("--from and --to go together");
    }
    int modes = (partition != null ? 1 : 0) + (from != null ? 1 : 0) + (latest ? 1 : 0) + (missing ? 1 : 0);
    if (modes > 1) {
      throw new IllegalArgumentException("choose one of --partition, --from/--to, --latest and --missing");
    }
    if (lookback != null && lookback < 0) {
      throw new IllegalArgumentException("--lookback must be >= 0: " + lookback);
    }
  }

  public static PartitionOptions single(String key) {
    return new PartitionOptions(key, null, null, false, false, null);
  }

  public static PartitionOptions range(String from, String to) {
    return new PartitionOptions(null, from, to, false, false, null);
  }

  public static PartitionOptions missingPartitions() {
    return new PartitionOptions(null, null, null, false, true, null);
  }

  /** The planner's selection; {@code computedKeys} is asked for only by {@code --missing}. */
  public PartitionSelection selection(Supplier<Set<String>> computedKeys) {
    if (partition != null) {
      return new PartitionSelection.Single(partition);
    }
    if (from != null && to != null) {
      return new PartitionSelection.Range(from, to);
    }
    if (missing) {
      return new PartitionSelection.Missing(computedKeys.get());
    }
    return new PartitionSelection.Latest();
  }
}
