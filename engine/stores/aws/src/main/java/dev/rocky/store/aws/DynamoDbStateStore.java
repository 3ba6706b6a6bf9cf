package dev.rocky.store.aws;

import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.IdempotencyRecord;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.RowCountSnapshot;
import dev.rocky.core.state.RunLease;
import dev.rocky.core.state.StateKeys;
import dev.rocky.core.state.Watermark;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The state store of runs in AWS: one DynamoDB table (see {@link StateTable} for its layout),
 * shared by projects, each under its namespace. Every update that must not race is a conditional
 * write: a watermark moves only forward, a model's result lands with its watermark in one
 * transaction, an idempotency claim and the run lease are compare-and-set. Reads are strongly
 * consistent, except {@link #recentRuns}, which reads an index. Values are the same JSON as the
 * local state file's. Time comes from the store's clock.
 *
 * <p>Build one with {@link #builder()}; the client (and so the endpoint) is the caller's.
 */
public final class DynamoDbStateStore implements StateStore {
  private final DynamoDbAccess db;
  private final DynamoDbWatermarks watermarks;
  private final DynamoDbRuns runs;
  private final DynamoDbCoordination coordination;

  private DynamoDbStateStore(DynamoDbClient client, StateTable table, Clock clock) {
    this.db = new DynamoDbAccess(client, table);
    this.watermarks = new DynamoDbWatermarks(db);
    this.runs = new DynamoDbRuns(db, watermarks);
    this.coordination = new DynamoDbCoordination(db, clock);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The table this store reads and writes. */
  public String tableName() {
    return db.table().name();
  }

  /** The namespace (project) whose state this store holds. */
  public String namespace() {
    return db.table().namespace();
  }

  /**
   * One cheap real call (a consistent read of an absent item), so that the client's connection,
   * credentials and marshallers are warm, e.g. before a SnapStart snapshot. Failures are ignored.
   */
  public void prime() {
    try {
      db.get("prime the client", StateTable.key(namespace() + "#priming", "priming"));
    } catch (RuntimeException ignored) {
      // Priming is best effort: the first real call will report the problem.
    }
  }

  @Override
  public Optional<Watermark> watermark(String targetKey) {
    return watermarks.get(targetKey);
  }

  @Override
  public boolean advanceWatermark(String targetKey, Watermark watermark) {
    return watermarks.advance(targetKey, watermark);
  }

  @Override
  public void resetWatermark(String targetKey) {
    watermarks.reset(targetKey);
  }

  @Override
  public void putPartition(PartitionRecord partition) {
    db.call("record partition " + partition.key(), () -> db.client().putItem(b -> b
        .tableName(tableName()).item(runs.partitionItem(partition))));
  }

  @Override
  public Optional<PartitionRecord> partition(String modelName, String partitionKey) {
    StateKeys.requireValid(partitionKey, "partitionKey");
    return db.get("read partition " + modelName + "|" + partitionKey,
            StateTable.key(db.table().partitionsPk(modelName), partitionKey))
        .map(item -> ItemJson.read(item.get(StateTable.JSON).s(), PartitionRecord.class, "partition " + partitionKey));
  }

  @Override
  public List<PartitionRecord> partitions(String modelName) {
    return db.query("read the partitions of " + modelName, db.table().partitionsPk(modelName), "").stream()
        .map(item -> ItemJson.read(item.get(StateTable.JSON).s(), PartitionRecord.class, "partitions of " + modelName))
        .toList();
  }

  /**
   * One item per snapshot under the table's key, sorted by the snapshot's time (then a unique
   * suffix, so two checks in the same instant both count); the oldest beyond {@code keep} go.
   */
  @Override
  public void appendRowCount(String tableKey, RowCountSnapshot snapshot, int keep) {
    StateKeys.requireValid(tableKey, "tableKey");
    String pk = db.table().checksPk(tableKey);
    String sk = String.format("%020d#%s", snapshot.timestamp().toEpochMilli(), java.util.UUID.randomUUID());
    Map<String, AttributeValue> item = StateTable.key(pk, sk);
    item.put(StateTable.JSON, StateTable.s(ItemJson.write(snapshot)));
    db.call("record a row count of " + tableKey, () -> db.client().putItem(b -> b.tableName(tableName()).item(item)));
    List<Map<String, AttributeValue>> all = db.query("read the row counts of " + tableKey, pk, "");
    for (Map<String, AttributeValue> old : all.subList(0, Math.max(0, all.size() - Math.max(0, keep)))) {
      db.call("trim the row counts of " + tableKey, () -> db.client().deleteItem(b -> b.tableName(tableName())
          .key(StateTable.key(pk, old.get(StateTable.SK).s()))));
    }
  }

  @Override
  public List<RowCountSnapshot> rowCounts(String tableKey) {
    return db.query("read the row counts of " + tableKey, db.table().checksPk(tableKey), "").stream()
        .map(item -> ItemJson.read(item.get(StateTable.JSON).s(), RowCountSnapshot.class, "row counts of " + tableKey))
        .toList();
  }

  @Override
  public void commitModelResult(ModelCommit commit) {
    runs.commit(commit);
  }

  @Override
  public List<ModelExecution> modelExecutions(String runId) {
    return runs.executions(runId);
  }

  @Override
  public Optional<ModelExecution> modelExecution(String runId, String modelName) {
    return runs.execution(runId, modelName);
  }

  @Override
  public void recordRun(RunRecord run) {
    runs.record(run);
  }

  @Override
  public Optional<RunRecord> run(String runId) {
    return runs.run(runId);
  }

  @Override
  public List<RunRecord> recentRuns(int limit) {
    return runs.recent(limit);
  }

  @Override
  public IdempotencyClaim claimIdempotencyKey(String key, String runId, IdempotencyPolicy policy) {
    return coordination.claim(key, runId, policy);
  }

  @Override
  public void finishIdempotencyKey(String key, String runId, IdempotencyState outcome, IdempotencyPolicy policy) {
    coordination.finish(key, runId, outcome, policy);
  }

  @Override
  public Optional<IdempotencyRecord> idempotencyRecord(String key) {
    return coordination.record(key);
  }

  @Override
  public RunLease acquireLease(String owner, Duration ttl) {
    return coordination.acquire(owner, ttl);
  }

  @Override
  public RunLease renewLease(String owner, Duration ttl) {
    return coordination.renew(owner, ttl);
  }

  @Override
  public void releaseLease(String owner) {
    coordination.release(owner);
  }

  @Override
  public Optional<RunLease> currentLease() {
    return coordination.current();
  }

  /** One item per branch under the namespace's branches, sorted by name; created only when absent. */
  @Override
  public boolean createBranch(BranchRecord branch) {
    Map<String, AttributeValue> item = StateTable.key(db.table().branchesPk(), branch.name());
    item.put(StateTable.JSON, StateTable.s(ItemJson.write(branch)));
    try {
      db.conditional("create branch " + branch.name(), () -> db.client().putItem(b -> b.tableName(tableName())
          .item(item).conditionExpression("attribute_not_exists(pk)")));
      return true;
    } catch (DynamoDbAccess.Lost exists) {
      return false;
    }
  }

  @Override
  public Optional<BranchRecord> branch(String name) {
    return db.get("read branch " + name, StateTable.key(db.table().branchesPk(), name))
        .map(item -> ItemJson.read(item.get(StateTable.JSON).s(), BranchRecord.class, "branch " + name));
  }

  @Override
  public List<BranchRecord> branches() {
    return db.query("list the branches", db.table().branchesPk(), "").stream()
        .map(item -> ItemJson.read(item.get(StateTable.JSON).s(), BranchRecord.class, "branches"))
        .sorted(Comparator.comparing(BranchRecord::name))
        .toList();
  }

  @Override
  public boolean deleteBranch(String name) {
    var old = db.call("delete branch " + name, () -> db.client().deleteItem(b -> b.tableName(tableName())
        .key(StateTable.key(db.table().branchesPk(), name)).returnValues(ReturnValue.ALL_OLD)));
    return old.hasAttributes() && !old.attributes().isEmpty();
  }

  /** One item per promotion under the namespace's promotions, keyed by its id (recording it again replaces it). */
  @Override
  public void recordPromotion(PromotionRecord promotion) {
    StateKeys.requireValid(promotion.promotionId(), "promotionId");
    Map<String, AttributeValue> item = StateTable.key(db.table().promotionsPk(), promotion.promotionId());
    item.put(StateTable.JSON, StateTable.s(ItemJson.write(promotion)));
    db.call("record promotion " + promotion.promotionId(),
        () -> db.client().putItem(b -> b.tableName(tableName()).item(item)));
  }

  @Override
  public List<PromotionRecord> promotions(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return db.query("list the promotions", db.table().promotionsPk(), "").stream()
        .map(item -> ItemJson.read(item.get(StateTable.JSON).s(), PromotionRecord.class, "promotions"))
        .sorted(Comparator.comparing(PromotionRecord::promotedAt).thenComparing(PromotionRecord::promotionId)
            .reversed())
        .limit(limit)
        .toList();
  }

  /** Builds a {@link DynamoDbStateStore}; the client and the table name are required. */
  public static final class Builder {
    private @Nullable DynamoDbClient client;
    private @Nullable String tableName;
    private String namespace = "default";
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder withClient(DynamoDbClient dynamoDb) {
      this.client = Objects.requireNonNull(dynamoDb, "client");
      return this;
    }

    public Builder withTableName(String name) {
      this.tableName = Objects.requireNonNull(name, "tableName");
      return this;
    }

    /** Whose state this is: one project (and environment); {@code default} when not set. */
    public Builder withNamespace(String ns) {
      this.namespace = Objects.requireNonNull(ns, "namespace");
      return this;
    }

    public Builder withClock(Clock time) {
      this.clock = Objects.requireNonNull(time, "clock");
      return this;
    }

    public DynamoDbStateStore build() {
      if (client == null || tableName == null) {
        throw new IllegalStateException("a DynamoDbStateStore needs a client and a table name");
      }
      return new DynamoDbStateStore(client, new StateTable(tableName, namespace), clock);
    }
  }
}
