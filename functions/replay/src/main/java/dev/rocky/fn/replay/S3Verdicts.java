package dev.rocky.fn.replay;

import dev.rocky.fn.support.FunctionJson;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Verdicts in the artifact bucket, one JSON object per model: {@code <prefix><run_id>/<position>.json}.
 * A model replayed again (a retry, a second replay) overwrites its verdict.
 */
public record S3Verdicts(S3Client s3, String bucket, String prefix) implements Verdicts {

  public S3Verdicts {
    prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
  }

  @Override
  public void put(String runId, int position, Stored verdict) {
    s3.putObject(b -> b.bucket(bucket).key(key(runId, position)).contentType("application/json"),
        RequestBody.fromBytes(FunctionJson.bytes(verdict)));
  }

  @Override
  public Optional<Stored> get(String runId, int position) {
    try {
      byte[] bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key(runId, position))).asByteArray();
      return Optional.of(FunctionJson.read(bytes, Stored.class));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  private String key(String runId, int position) {
    return prefix + runId + "/" + position + ".json";
  }
}
