package dev.rocky.testkit.fake;

import dev.rocky.core.port.ArtifactStore;
import dev.rocky.testkit.contract.ArtifactStoreContract;

class InMemoryArtifactStoreTest extends ArtifactStoreContract {
  @Override
  protected ArtifactStore newStore() {
    return new InMemoryArtifactStore();
  }

  @Override
  protected void corrupt(ArtifactStore store, String key, byte[] bytes) {
    ((InMemoryArtifactStore) store).corrupt(key, bytes);
  }
}
