package dev.rocky.store.aws;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.state.StoreErrorCode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Content-addressed artifacts in an S3 bucket: the object key is a prefix and the SHA-256 of the
 * bytes. A put sends that SHA-256 as the object's checksum ({@code x-amz-checksum-sha256}), so S3
 * refuses bytes damaged on the way and keeps the checksum with the object. Putting the same bytes
 * again writes the same object (and so repairs a damaged copy). A get re-hashes what it read and
 * fails with {@code ARTIFACT_CORRUPT} when it does not match the key.
 *
 * <p>Build one with {@link #builder()}; the client (and so the endpoint) is the caller's.
 */
public final class S3ArtifactStore implements ArtifactStore {
  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  private S3ArtifactStore(S3Client s3, String bucket, String prefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String bucket() {
    return bucket;
  }

  /** The object key of an artifact key: {@code <prefix><sha256>}. */
  public String objectKey(String key) {
    return prefix + ArtifactStore.requireValidKey(key);
  }

  @Override
  public String put(byte[] bytes) {
    byte[] digest = sha256(bytes);
    String key = HexFormat.of().formatHex(digest);
    String checksum = Base64.getEncoder().encodeToString(digest);
    String objectKey = prefix + key;
    try {
      s3.putObject(b -> b.bucket(bucket).key(objectKey).checksumSHA256(checksum)
          .contentType("application/octet-stream"), RequestBody.fromBytes(bytes));
      return key;
    } catch (SdkException e) {
      throw unavailable("write", objectKey, e);
    }
  }

  @Override
  public Optional<byte[]> get(String key) {
    String objectKey = objectKey(key);
    byte[] bytes;
    try {
      ResponseBytes<GetObjectResponse> object =
          s3.getObjectAsBytes(b -> b.bucket(bucket).key(objectKey).checksumMode(ChecksumMode.ENABLED));
      bytes = object.asByteArray();
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (SdkException e) {
      if (isNotFound(e)) {
        return Optional.empty();
      }
      throw unavailable("read", objectKey, e);
    }
    if (!HexFormat.of().formatHex(sha256(bytes)).equals(key)) {
      throw new RockyException(StoreErrorCode.ARTIFACT_CORRUPT, "artifact " + location(objectKey)
          + " is corrupt: its bytes no longer hash to " + key + "; delete it and re-run to rebuild it");
    }
    return Optional.of(bytes);
  }

  @Override
  public boolean contains(String key) {
    String objectKey = objectKey(key);
    try {
      s3.headObject(b -> b.bucket(bucket).key(objectKey));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (SdkException e) {
      if (isNotFound(e)) {
        return false;
      }
      throw unavailable("look up", objectKey, e);
    }
  }

  /**
   * One cheap real call (a head of an absent object), so that the client's connection, credentials
   * and marshallers are warm, e.g. before a SnapStart snapshot. Failures are ignored.
   */
  public void prime() {
    try {
      s3.headObject(b -> b.bucket(bucket).key(prefix + "priming"));
    } catch (RuntimeException ignored) {
      // Priming is best effort: the first real call will report the problem.
    }
  }

  private static boolean isNotFound(SdkException e) {
    return e instanceof S3Exception s3e && s3e.statusCode() == 404;
  }

  private RockyException unavailable(String doing, String objectKey, SdkException e) {
    return new RockyException(StoreErrorCode.ARTIFACT_UNAVAILABLE,
        "cannot " + doing + " artifact " + location(objectKey) + ": " + e.getMessage(), e);
  }

  private String location(String objectKey) {
    return "s3://" + bucket + "/" + objectKey;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Builds an {@link S3ArtifactStore}; the client and the bucket are required. */
  public static final class Builder {
    private @Nullable S3Client client;
    private @Nullable String bucket;
    private String prefix = "artifacts/";

    private Builder() {}

    public Builder withClient(S3Client s3) {
      this.client = Objects.requireNonNull(s3, "client");
      return this;
    }

    public Builder withBucket(String name) {
      this.bucket = Objects.requireNonNull(name, "bucket");
      return this;
    }

    /** What object keys start with; {@code artifacts/} when not set, empty for the bucket's root. */
    public Builder withPrefix(String keyPrefix) {
      this.prefix = Objects.requireNonNull(keyPrefix, "prefix");
      return this;
    }

    public S3ArtifactStore build() {
      if (client == null || bucket == null) {
        throw new IllegalStateException("an S3ArtifactStore needs a client and a bucket");
      }
      return new S3ArtifactStore(client, bucket, prefix);
    }
  }
}
