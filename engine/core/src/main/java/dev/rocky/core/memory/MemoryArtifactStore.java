package dev.rocky.core.memory;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.state.StoreErrorCode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Content-addressed artifacts in a map, with gets that verify like every artifact store's. */
public class MemoryArtifactStore implements ArtifactStore {
  private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

  @Override
  public String put(byte[] bytes) {
    String key = ArtifactStore.keyOf(bytes);
    blobs.put(key, bytes.clone());
    return key;
  }

  @Override
  public Optional<byte[]> get(String key) {
    byte[] bytes = blobs.get(ArtifactStore.requireValidKey(key));
    if (bytes == null) {
      return Optional.empty();
    }
    if (!ArtifactStore.keyOf(bytes).equals(key)) {
      throw new RockyException(StoreErrorCode.ARTIFACT_CORRUPT, "artifact " + key + " in memory is corrupt");
    }
    return Optional.of(bytes.clone());
  }

  @Override
  public boolean contains(String key) {
    return blobs.containsKey(ArtifactStore.requireValidKey(key));
  }

  /** Replaces the bytes held under {@code key} without changing the key (a test's corruption). */
  protected void replace(String key, byte[] bytes) {
    blobs.put(key, bytes.clone());
  }

  /** How many artifacts are held. */
  public int size() {
    return blobs.size();
  }
}
