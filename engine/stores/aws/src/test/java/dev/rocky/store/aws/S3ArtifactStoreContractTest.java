package dev.rocky.store.aws;

import dev.rocky.core.port.ArtifactStore;
import dev.rocky.store.aws.testing.LocalAws;
import dev.rocky.testkit.contract.ArtifactStoreContract;
import software.amazon.awssdk.core.sync.RequestBody;

/** The shared artifact-store contract, against S3Proxy; each test under a key prefix of its own. */
class S3ArtifactStoreContractTest extends ArtifactStoreContract {
  private static final String BUCKET = LocalAws.newBucket();

  @Override
  protected ArtifactStore newStore() {
    return S3ArtifactStore.builder().withClient(LocalAws.s3()).withBucket(BUCKET)
        .withPrefix(LocalAws.unique("contract-") + "/").build();
  }

  /** Overwrites the object directly, as a stray tool with write access could (no checksum sent). */
  @Override
  protected void corrupt(ArtifactStore store, String key, byte[] bytes) {
    S3ArtifactStore s3Store = (S3ArtifactStore) store;
    LocalAws.s3().putObject(b -> b.bucket(s3Store.bucket()).key(s3Store.objectKey(key)), RequestBody.fromBytes(bytes));
  }
}
