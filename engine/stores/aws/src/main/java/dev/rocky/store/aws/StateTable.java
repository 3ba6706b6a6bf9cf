package dev.rocky.store.aws;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The layout of the state table: one table for every project, each project's items under its
 * namespace. Keys follow the local state file's tables ({@code pk} = namespace, kind and the
 * local key; {@code sk} orders items within a partition):
 *
 * <pre>
 *   pk                          sk                attributes
 *   ns#watermark#&lt;target&gt;        watermark         json, v (last value in epoch nanoseconds)
 *   ns#partitions#&lt;model&gt;        &lt;partition key&gt;   json
 *   ns#run#&lt;run id&gt;              exec#&lt;model&gt;       json, seq (commit order)
 *   ns#run#&lt;run id&gt;              seq               next (the last seq given out)
 *   ns#run#&lt;run id&gt;              header            json, gpk = ns#runs, gsk = start#run id
 *   ns#idempotency#&lt;key&gt;        idempotency       json, ver, ttl (finished entries)
 *   ns#lease                    lease             json, ver
 *   ns#checks#&lt;table&gt;          &lt;time&gt;#&lt;uuid&gt;     json (a row-count snapshot)
 *   ns#branches                 &lt;branch name&gt;     json
 *   ns#promotions               &lt;promotion id&gt;    json
 * </pre>
 *
 * The index {@value #RUNS_INDEX} (gpk, gsk) lists a namespace's runs by start time.
 */
public final class StateTable {
  static final String PK = "pk";
  static final String SK = "sk";
  static final String JSON = "json";
  static final String VALUE = "v";
  static final String SEQ = "seq";
  static final String NEXT = "next";
  static final String VERSION = "ver";
  static final String TTL = "ttl";
  static final String GPK = "gpk";
  static final String GSK = "gsk";
  /** The index of run headers by start time. */
  public static final String RUNS_INDEX = "runs-by-start";

  static final String WATERMARK = "watermark";
  static final String HEADER = "header";
  static final String SEQ_ITEM = "seq";
  static final String EXEC_PREFIX = "exec#";
  static final String IDEMPOTENCY = "idempotency";
  static final String LEASE = "lease";

  private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_.:/-]{1,200}");
  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);
  /** Shifts epoch seconds so that every instant from year -1000 on sorts as a positive number. */
  private static final long EPOCH_SHIFT = 100_000_000_000L;

  private final String name;
  private final String namespace;

  StateTable(String name, String namespace) {
    this.name = Objects.requireNonNull(name, "name");
    if (!NAMESPACE.matcher(namespace).matches()) {
      throw new IllegalArgumentException(
          "a state namespace is 1 to 200 of [A-Za-z0-9_.:/-] (no '#'): '" + namespace + "'");
    }
    this.namespace = namespace;
  }

  String name() {
    return name;
  }

  String namespace() {
    return namespace;
  }

  Map<String, AttributeValue> watermarkKey(String targetKey) {
    return key(pk("watermark", targetKey), WATERMARK);
  }

  String partitionsPk(String model) {
    return pk("partitions", model);
  }

  String checksPk(String tableKey) {
    return pk("checks", tableKey);
  }

  String branchesPk() {
    return namespace + "#branches";
  }

  String promotionsPk() {
    return namespace + "#promotions";
  }

  String runPk(String runId) {
    return pk("run", runId);
  }

  String runsGpk() {
    return namespace + "#runs";
  }

  Map<String, AttributeValue> idempotencyKey(String key) {
    return key(pk("idempotency", key), IDEMPOTENCY);
  }

  Map<String, AttributeValue> leaseKey() {
    return key(namespace + "#lease", LEASE);
  }

  private String pk(String kind, String id) {
    return namespace + "#" + kind + "#" + id;
  }

  static Map<String, AttributeValue> key(String pk, String sk) {
    Map<String, AttributeValue> key = new HashMap<>();
    key.put(PK, s(pk));
    key.put(SK, s(sk));
    return key;
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  /** An instant as a DynamoDB number of nanoseconds since the epoch, exact and comparable. */
  static AttributeValue nanos(Instant instant) {
    return AttributeValue.fromN(BigInteger.valueOf(instant.getEpochSecond()).multiply(BILLION)
        .add(BigInteger.valueOf(instant.getNano())).toString());
  }

  /** A sort key that orders runs by start (then by run id), as a string. */
  static String startKey(Instant started, String runId) {
    return String.format("%013d%09d#%s", started.getEpochSecond() + EPOCH_SHIFT, started.getNano(), runId);
  }

  /**
   * Creates the state table and its index, on demand billing, with DynamoDB's TTL on {@code ttl}
   * (finished idempotency keys expire), and waits until it is active. The CDK stack creates it in
   * AWS; this is for DynamoDB Local and for {@code rocky} pointed at a fresh account.
   */
  public static void create(DynamoDbClient client, String tableName) {
    client.createTable(CreateTableRequest.builder()
        .tableName(tableName)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            attribute(PK), attribute(SK), attribute(GPK), attribute(GSK))
        .keySchema(keyElement(PK, KeyType.HASH), keyElement(SK, KeyType.RANGE))
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
            .indexName(RUNS_INDEX)
            .keySchema(keyElement(GPK, KeyType.HASH), keyElement(GSK, KeyType.RANGE))
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
            .build())
        .build());
    client.waiter().waitUntilTableExists(b -> b.tableName(tableName));
    client.updateTimeToLive(b -> b.tableName(tableName)
        .timeToLiveSpecification(ttl -> ttl.attributeName(TTL).enabled(true)));
  }

  private static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private static KeySchemaElement keyElement(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
