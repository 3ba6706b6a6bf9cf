package dev.rocky.testkit.fake;

import dev.rocky.core.memory.MemoryArtifactStore;

/** The in-memory artifact store, plus what tests need: damaging an artifact in place. */
public final class InMemoryArtifactStore extends MemoryArtifactStore {

  /** Replaces the bytes stored under {@code key} without changing the key. */
  public void corrupt(String key, byte[] bytes) {
    replace(key, bytes);
  }
}
