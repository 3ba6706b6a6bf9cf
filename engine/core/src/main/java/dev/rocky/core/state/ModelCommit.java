package dev.rocky.core.state;

import dev.rocky.core.run.ModelExecution;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a finished model writes to the state store, committed in one transaction: its
 * execution record, its partitions and, only when it succeeded, its advanced watermark. A store
 * never shows the watermark without the execution, so a watermark is never ahead of its data.
 *
 * @param watermark the watermark to advance (it moves only forward), or null
 * @param partitions partition records of this model in this run
 */
public record ModelCommit(
    String runId, ModelExecution execution, @Nullable WatermarkAdvance watermark, List<PartitionRecord> partitions) {

  public ModelCommit {
    StateKeys.requireValid(runId, "runId");
    Objects.requireNonNull(execution, "execution");
    partitions = List.copyOf(partitions);
    if (watermark != null && !execution.succeeded()) {
      throw new IllegalArgumentException(
          execution.modelName() + " did not succeed (" + execution.status() + "): a failed model keeps its old watermark");
    }
    for (PartitionRecord p : partitions) {
      if (!p.modelName().equals(execution.modelName()) || !p.runId().equals(runId)) {
        throw new IllegalArgumentException("partition " + p.key() + " of run " + p.runId()
            + " does not belong to " + execution.modelName() + " in " + runId);
      }
    }
  }

  public static ModelCommit of(String runId, ModelExecution execution) {
    return new ModelCommit(runId, execution, null, List.of());
  }

  public static ModelCommit of(String runId, ModelExecution execution, WatermarkAdvance watermark) {
    return new ModelCommit(runId, execution, watermark, List.of());
  }
}
