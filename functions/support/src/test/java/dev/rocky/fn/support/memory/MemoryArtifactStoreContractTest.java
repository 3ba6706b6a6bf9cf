package dev.rocky.fn.support.memory;

import dev.rocky.core.port.ArtifactStore;
import dev.rocky.testkit.contract.ArtifactStoreContract;

/** The priming artifact store is a store like any other. */
class MemoryArtifactStoreContractTest extends ArtifactStoreContract {
  @Override
  protected ArtifactStore newStore() {
    return new MemoryArtifactStore();
  }

  @Override
  protected void corrupt(ArtifactStore store, String key, byte[] bytes) {
    ((MemoryArtifactStore) store).replace(key, bytes);
  }
}
