package dev.rocky.fn.run;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.fn.support.PlanCache;
import dev.rocky.fn.support.StoredPlan;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.ModelStep;
import java.util.List;

/**
 * Run plans by artifact key, the last few kept (a plan never changes under its key): a warm
 * function reads a run's plan once, not once per batch.
 */
final class Plans {
  private final PlanCache cache;

  Plans(ArtifactStore artifacts) {
    this.cache = new PlanCache(artifacts, 8);
  }

  StoredPlan load(String key) {
    return cache.load(key);
  }

  /** The layout of {@code plan} under {@code settings}. */
  static RunLayout layout(StoredPlan plan, RunSettings settings) {
    return RunLayout.of(plan.layers().stream().map(List::size).toList(), settings.effectiveBatchSize(),
        settings.effectiveSegmentModels());
  }

  /** The step at {@code index} of plan layer {@code layer}. */
  static ModelStep step(StoredPlan plan, String planKey, int layer, int index) {
    if (layer >= plan.layers().size() || index >= plan.layers().get(layer).size()) {
      throw new RockyException(FunctionErrorCode.MODEL_NOT_IN_PLAN, "the plan " + planKey + " has no step " + index
          + " in layer " + layer + " (it has " + plan.layers().size() + " layers)");
    }
    return plan.layers().get(layer).get(index);
  }

  /** The project's model graph as the plan keeps it, for failure containment. */
  static ModelGraph graph(StoredPlan plan) {
    return new ModelGraph(plan.modelLayers(), plan.upstream());
  }
}
