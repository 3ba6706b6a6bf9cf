package dev.rocky.store.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.state.StoreErrorCode;
import dev.rocky.store.aws.testing.LocalAws;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The S3 side of content addressing: checksums S3 keeps and checks, repairs, failures. */
class S3ArtifactStoreTest {
  private static final String BUCKET = LocalAws.newBucket();

  private final S3ArtifactStore store = S3ArtifactStore.builder().withClient(LocalAws.s3()).withBucket(BUCKET)
      .withPrefix(LocalAws.unique("t") + "/").build();

  @Test
  void objectsAreKeyedByTheirSha256AndCarryItAsTheirChecksum() throws Exception {
    byte[] bytes = "compiled IR".getBytes(StandardCharsets.UTF_8);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);

    String key = store.put(bytes);

    assertThat(store.objectKey(key)).endsWith("/" + key);
    var head = LocalAws.s3().headObject(b -> b.bucket(BUCKET).key(store.objectKey(key)).checksumMode(ChecksumMode.ENABLED));
    assertThat(head.checksumSHA256()).isEqualTo(Base64.getEncoder().encodeToString(digest));
  }

  @Test
  void s3RefusesBytesThatDoNotMatchTheirChecksum() throws Exception {
    String wrong = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(new byte[] {1}));

    assertThatThrownBy(() -> LocalAws.s3().putObject(b -> b.bucket(BUCKET).key("damaged").checksumSHA256(wrong),
        RequestBody.fromString("not the bytes that were hashed")))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BadDigest"));
    assertThat(LocalAws.s3().listObjectsV2(b -> b.bucket(BUCKET).prefix("damaged")).contents()).isEmpty();
  }

  @Test
  void aPutRepairsACopyStoredWithoutTheChecksum() {
    byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
    String key = store.put(bytes);
    LocalAws.s3().putObject(b -> b.bucket(BUCKET).key(store.objectKey(key)), RequestBody.fromString("abd"));
    assertThatThrownBy(() -> store.get(key)).isInstanceOf(RockyException.class);

    store.put(bytes);

    assertThat(store.get(key)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
  }

  @Test
  void aMissingBucketIsUnavailable() {
    ArtifactStore nowhere = S3ArtifactStore.builder().withClient(LocalAws.s3()).withBucket("no-such-bucket").build();

    assertThatThrownBy(() -> nowhere.put(new byte[] {1}))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(StoreErrorCode.ARTIFACT_UNAVAILABLE))
        .hasMessageContaining("s3://no-such-bucket/artifacts/");
  }
}
