package dev.rocky.fn.run;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.StoredPlan;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.ModelStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Run plans by artifact key, the last few kept (a plan never changes under its key): a warm
 * function reads a run's plan once, not once per batch.
 */
final class Plans {
  private static final int CAPACITY = 8;

  private final ArtifactStore artifacts;
  private final Map<String, StoredPlan> recent = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, StoredPlan> eldest) {
      return size() > CAPACITY;
    }
  };

  Plans(ArtifactStore artifacts) {
    this.artifacts = artifacts;
  }

  synchronized StoredPlan load(String key) {
    StoredPlan cached = recent.get(key);
    if (cached != null) {
      return cached;
    }
    try {
      ArtifactStore.requireValidKey(key);
    } catch (IllegalArgumentException e) {
      throw new RockyException(FunctionErrorCode.REQUEST_INVALID, "plan_key: " + e.getMessage(), e);
    }
    byte[] bytes = artifacts.get(key).orElseThrow(() -> new RockyException(FunctionErrorCode.PLAN_NOT_FOUND,
        "no run plan under " + key + "; pass the plan_key the compile function returned"));
    StoredPlan plan;
    try {
      plan = FunctionJson.read(bytes, StoredPlan.class);
    } catch (IllegalArgumentException e) {
      throw new RockyException(FunctionErrorCode.PLAN_NOT_FOUND, "artifact " + key + " is not a run plan: " + e.getMessage(), e);
    }
    recent.put(key, plan);
    return plan;
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
