package dev.rocky.fn.support;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.fn.FunctionErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Run plans by artifact key. A plan never changes under its key (it is content-addressed and
 * verified on read), so a warm function keeps the last few it read: the execute function one per
 * model, the run function one per batch.
 */
public final class PlanCache {
  private final ArtifactStore artifacts;
  private final Map<String, StoredPlan> recent;

  /** @param capacity how many plans to keep, the least recently used dropped first */
  public PlanCache(ArtifactStore artifacts, int capacity) {
    this.artifacts = artifacts;
    this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, StoredPlan> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The plan under {@code key}; a key that is malformed, missing or not a plan is a coded error. */
  public synchronized StoredPlan load(String key) {
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
