package dev.rocky.fn.compile.testing;

import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.Env;
import dev.rocky.store.aws.testing.LocalAws;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The functions' stores on DynamoDB Local and S3Proxy, as their environment names them: a state
 * table and a bucket (usually one each per test class), a fresh namespace per call.
 */
public final class LocalStores {
  private LocalStores() {}

  /** The stores in {@code table} and {@code bucket}, under a new namespace starting {@code namespace}. */
  public static AwsStores in(String table, String bucket, String namespace) {
    Env env = new Env(Map.of("ROCKY_STATE_TABLE", table, "ROCKY_ARTIFACT_BUCKET", bucket,
        "ROCKY_STATE_NAMESPACE", LocalAws.unique(namespace)));
    return AwsStores.of(LocalAws.dynamoDb(), LocalAws.s3(), env, Clock.systemUTC());
  }

  /** Uploads a project snapshot under a new key starting {@code prefix}; returns the key. */
  public static String upload(String bucket, String prefix, byte[] zip) {
    String key = LocalAws.unique(prefix) + ".zip";
    LocalAws.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(zip));
    return key;
  }
}
