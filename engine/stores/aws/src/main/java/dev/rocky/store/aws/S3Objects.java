package dev.rocky.store.aws;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.state.StoreErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Named (not content-addressed) objects of one bucket, such as the project snapshots CI uploads
 * for the compile function. Reads are capped, so that a huge object cannot exhaust a function's
 * memory.
 */
public final class S3Objects {
  private final S3Client s3;
  private final String bucket;

  public S3Objects(S3Client s3, String bucket) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
  }

  public String bucket() {
    return bucket;
  }

  /** {@code s3://bucket/key}, for messages. */
  public String location(String key) {
    return "s3://" + bucket + "/" + key;
  }

  /**
   * The object's bytes, or empty when there is no object under {@code key}.
   *
   * @throws RockyException {@code ARTIFACT_UNAVAILABLE} when S3 cannot be read
   * @throws IllegalArgumentException when the object is larger than {@code maxBytes}
   */
  public Optional<byte[]> read(String key, long maxBytes) {
    try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key))) {
      Long length = in.response().contentLength();
      if (length != null && length > maxBytes) {
        throw tooLarge(key, maxBytes);
      }
      return Optional.of(readAtMost(in, key, maxBytes));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw unavailable(key, e);
    } catch (SdkException e) {
      throw unavailable(key, e);
    } catch (IOException e) {
      throw new RockyException(StoreErrorCode.ARTIFACT_UNAVAILABLE, "cannot read " + location(key) + ": " + e, e);
    }
  }

  private byte[] readAtMost(InputStream in, String key, long maxBytes) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw tooLarge(key, maxBytes);
    }
    return bytes;
  }

  private IllegalArgumentException tooLarge(String key, long maxBytes) {
    return new IllegalArgumentException(location(key) + " is larger than the " + maxBytes + " bytes allowed");
  }

  private RockyException unavailable(String key, SdkException e) {
    return new RockyException(StoreErrorCode.ARTIFACT_UNAVAILABLE, "cannot read " + location(key) + ": " + e.getMessage(), e);
  }
}
