package dev.rocky.fn.execute;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.StoredPlan;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Run plans by artifact key. A plan never changes under its key (it is content-addressed and
 * verified on read), so a warm function keeps the last few it read.
 */
final class PlanCache {
  private static final int CAPACITY = 16;

  private final ArtifactStore artifacts;
  private final Map<String, StoredPlan> recent = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, StoredPlan> eldest) {
      return size() > CAPACITY;
    }
  };

  PlanCache(ArtifactStore artifacts) {
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
}
