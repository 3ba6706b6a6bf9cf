package dev.rocky.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * Where Rocky keeps things: the state table (the layout of {@code dev.rocky.store.aws.StateTable}:
 * {@code pk}/{@code sk}, the {@code runs-by-start} index on {@code gpk}/{@code gsk}, TTL on
 * {@code ttl}, which finished idempotency keys carry), the artifact bucket (content-addressed
 * artifacts under {@code artifacts/}, project snapshots under {@code snapshots/}), the catalog site
 * bucket and the warehouse credentials. Data is retained when the stack is deleted.
 */
public final class DataStores extends Construct {
  /** The state table's runs index ({@code StateTable.RUNS_INDEX}). */
  public static final String RUNS_INDEX = "runs-by-start";

  private final Table state;
  private final Bucket artifacts;
  private final Bucket catalog;
  private final Secret warehouse;

  public DataStores(Construct scope, String id) {
    super(scope, id);
    state = Table.Builder.create(this, "State")
        .partitionKey(string("pk"))
        .sortKey(string("sk"))
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
        .encryption(TableEncryption.AWS_MANAGED)
        .timeToLiveAttribute("ttl")
        .deletionProtection(true)
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
    state.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
        .indexName(RUNS_INDEX).partitionKey(string("gpk")).sortKey(string("gsk"))
        .projectionType(ProjectionType.ALL).build());
    artifacts = privateBucket("Artifacts", List.of(LifecycleRule.builder()
        .id("old-versions").noncurrentVersionExpiration(Duration.days(30))
        .abortIncompleteMultipartUploadAfter(Duration.days(1)).build()));
    catalog = privateBucket("CatalogSite", List.of(LifecycleRule.builder()
        .id("old-versions").noncurrentVersionExpiration(Duration.days(7)).build()));
    warehouse = Secret.Builder.create(this, "WarehouseCredentials")
        .description("Rocky's warehouse credentials (JSON: the values rocky.toml reads as ${VAR}); "
            + "set with aws secretsmanager put-secret-value")
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
  }

  /** Versioned, encrypted, never public, TLS only, objects owned by the bucket owner. */
  private Bucket privateBucket(String id, List<LifecycleRule> lifecycle) {
    return Bucket.Builder.create(this, id)
        .versioned(true)
        .encryption(BucketEncryption.S3_MANAGED)
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .enforceSsl(true)
        .minimumTlsVersion(1.2)
        .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
        .lifecycleRules(lifecycle)
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
  }

  private static Attribute string(String name) {
    return Attribute.builder().name(name).type(AttributeType.STRING).build();
  }

  public Table state() {
    return state;
  }

  public Bucket artifacts() {
    return artifacts;
  }

  public Bucket catalog() {
    return catalog;
  }

  public Secret warehouse() {
    return warehouse;
  }
}
