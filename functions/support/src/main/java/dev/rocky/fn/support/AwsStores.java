package dev.rocky.fn.support;

import dev.rocky.store.aws.AwsClients;
import dev.rocky.store.aws.DynamoDbStateStore;
import dev.rocky.store.aws.S3ArtifactStore;
import dev.rocky.store.aws.S3Objects;
import java.net.URI;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The AWS stores a function works with, built from its environment:
 *
 * <ul>
 *   <li>{@code AWS_REGION} (set by Lambda);
 *   <li>{@code ROCKY_STATE_TABLE}, the DynamoDB state table, and {@code ROCKY_STATE_NAMESPACE}, the
 *       project's namespace in it ({@code default});
 *   <li>{@code ROCKY_ARTIFACT_BUCKET}, where artifacts and project snapshots live, and
 *       {@code ROCKY_ARTIFACT_PREFIX}, the artifacts' key prefix ({@code artifacts/});
 *   <li>optionally {@code ROCKY_DYNAMODB_ENDPOINT} and {@code ROCKY_S3_ENDPOINT}, for DynamoDB
 *       Local, S3Proxy or LocalStack.
 * </ul>
 *
 * Credentials come from the SDK's default chain, resolved at each call, never captured at init.
 */
public record AwsStores(DynamoDbStateStore state, S3ArtifactStore artifacts, S3Objects objects) {

  public static AwsStores fromEnvironment(Env env, Clock clock) {
    String region = env.require("AWS_REGION");
    DynamoDbClient dynamoDb = new AwsClients(region, env.get("ROCKY_DYNAMODB_ENDPOINT").map(URI::create).orElse(null), null)
        .dynamoDb();
    S3Client s3 = new AwsClients(region, env.get("ROCKY_S3_ENDPOINT").map(URI::create).orElse(null), null).s3();
    return of(dynamoDb, s3, env, clock);
  }

  /** The stores on given clients, named by {@code env}; for tests against local endpoints. */
  public static AwsStores of(DynamoDbClient dynamoDb, S3Client s3, Env env, Clock clock) {
    String bucket = env.require("ROCKY_ARTIFACT_BUCKET");
    DynamoDbStateStore state = DynamoDbStateStore.builder().withClient(dynamoDb)
        .withTableName(env.require("ROCKY_STATE_TABLE"))
        .withNamespace(env.get("ROCKY_STATE_NAMESPACE", "default"))
        .withClock(clock)
        .build();
    S3ArtifactStore artifacts = S3ArtifactStore.builder().withClient(s3).withBucket(bucket)
        .withPrefix(env.get("ROCKY_ARTIFACT_PREFIX", "artifacts/"))
        .build();
    return new AwsStores(state, artifacts, new S3Objects(s3, bucket));
  }

  /** One harmless real call per client, before a snapshot: warms connections, credentials, marshallers. */
  public void prime() {
    state.prime();
    artifacts.prime();
  }
}
