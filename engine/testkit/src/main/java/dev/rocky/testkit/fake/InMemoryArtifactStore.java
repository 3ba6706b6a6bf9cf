package dev.rocky.testkit.fake;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.state.StoreErrorCode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Artifacts in a map. {@link #corrupt} damages one, to test that readers notice. */
public final class InMemoryArtifactStore implements ArtifactStore {
  private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

  @Override
  public String put(byte[] bytes) {
    String key = ArtifactStore.keyOf(bytes);
    blobs.putIfAbsent(key, bytes.clone());
    return key;
  }

  @Override
  public Optional<byte[]> get(String key) {
    byte[] bytes = blobs.get(ArtifactStore.requireValidKey(key));
    if (bytes == null) {
      return Optional.empty();
    }
    if (!ArtifactStore.keyOf(bytes).equals(key)) {
      throw new RockyException(StoreErrorCode.ARTIFACT_CORRUPT, "artifact " + key + " does not match its hash");
    }
    return Optional.of(bytes.clone());
  }

  @Override
  public boolean contains(String key) {
    return blobs.containsKey(ArtifactStore.requireValidKey(key));
  }

  /** Replaces the bytes stored under {@code key} without changing the key. */
  public void corrupt(String key, byte[] bytes) {
    blobs.put(key, bytes.clone());
  }

  public int size() {
    return blobs.size();
  }
}
