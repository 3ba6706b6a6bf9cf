package dev.rocky.fn.compile;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.store.aws.S3Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where project snapshots come from: a 64-hex key names a content-addressed artifact (read and
 * verified through the artifact store), any other key a plain object of the artifact bucket. The
 * bytes are an archive that {@link dev.rocky.fn.support.ProjectArchive} reads.
 */
public interface Snapshots {
  /** The most a snapshot archive may weigh. */
  long MAX_BYTES = 64L << 20;

  /** The snapshot's bytes; empty when nothing is stored under {@code key}. */
  Optional<byte[]> read(String key);

  /** How to show where {@code key} lives, e.g. {@code s3://bucket/snapshots/pr-42.zip}. */
  String location(String key);

  /** The snapshot's bytes. @throws RockyException {@code SNAPSHOT_NOT_FOUND} when there are none */
  default byte[] require(String key) {
    return read(key).orElseThrow(() -> new RockyException(FunctionErrorCode.SNAPSHOT_NOT_FOUND,
        "no project snapshot at " + location(key) + "; upload a zip or tar of the project there first"));
  }

  /** Snapshots in the artifact bucket: by artifact key or by object key. */
  static Snapshots of(ArtifactStore artifacts, S3Objects objects) {
    Pattern artifactKey = Pattern.compile("[0-9a-f]{64}");
    return new Snapshots() {
      @Override
      public Optional<byte[]> read(String key) {
        if (artifactKey.matcher(key).matches()) {
          return artifacts.get(key);
        }
        try {
          return objects.read(key, MAX_BYTES);
        } catch (IllegalArgumentException tooLarge) {
          throw new RockyException(FunctionErrorCode.SNAPSHOT_UNREADABLE, tooLarge.getMessage(), tooLarge);
        }
      }

      @Override
      public String location(String key) {
        return objects.location(key);
      }
    };
  }

  /** Snapshots held by the artifact store only (priming, tests). */
  static Snapshots of(ArtifactStore artifacts) {
    return new Snapshots() {
      @Override
      public Optional<byte[]> read(String key) {
        return artifacts.get(key);
      }

      @Override
      public String location(String key) {
        return "artifact " + key;
      }
    };
  }
}
