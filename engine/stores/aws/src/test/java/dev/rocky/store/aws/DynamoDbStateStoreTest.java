package dev.rocky.store.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.PartitionStatus;
import dev.rocky.core.state.StoreErrorCode;
import dev.rocky.store.aws.testing.LocalAws;
import dev.rocky.testkit.contract.StateFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What the contract does not cover: namespaces, DynamoDB's limits, the stored items, failures. */
class DynamoDbStateStoreTest {
  private static final String TABLE = LocalAws.newStateTable();
  private static final Instant T0 = StateFixtures.T0;
  private static final String RUN = StateFixtures.runId(T0);

  private static DynamoDbStateStore store(String namespace) {
    return DynamoDbStateStore.builder().withClient(LocalAws.dynamoDb()).withTableName(TABLE)
        .withNamespace(namespace).build();
  }

  @Test
  void namespacesShareATableWithoutSeeingEachOther() {
    DynamoDbStateStore shop = store(LocalAws.unique("shop-"));
    DynamoDbStateStore crm = store(LocalAws.unique("crm-"));

    shop.advanceWatermark("db.raw.orders", StateFixtures.watermark("2026-02-01T00:00:00Z", T0));
    shop.commitModelResult(ModelCommit.of(RUN, StateFixtures.succeeded("orders", T0)));
    shop.acquireLease("shop-run", java.time.Duration.ofMinutes(5));
    shop.recordRun(StateFixtures.minimal(T0, List.of()));

    assertThat(crm.watermark("db.raw.orders")).isEmpty();
    assertThat(crm.modelExecutions(RUN)).isEmpty();
    assertThat(crm.currentLease()).isEmpty();
    assertThat(crm.recentRuns(10)).isEmpty();
    assertThat(crm.acquireLease("crm-run", java.time.Duration.ofMinutes(5)).owner()).isEqualTo("crm-run");
  }

  @Test
  void aWideBackfillCommitsEveryPartitionBeyondOneTransaction() {
    DynamoDbStateStore store = store(LocalAws.unique("backfill-"));
    List<PartitionRecord> days = new ArrayList<>();
    for (int d = 0; d < 150; d++) {
      days.add(StateFixtures.partition("events", "2026-01-01+" + String.format("%03d", d), PartitionStatus.COMPUTED, RUN));
    }

    store.commitModelResult(new ModelCommit(RUN, StateFixtures.succeeded("events", T0),
        StateFixtures.advance("db.marts.events", "2026-05-30T00:00:00Z", T0), days));

    assertThat(store.partitions("events")).hasSize(150).isEqualTo(days);
    assertThat(store.modelExecutions(RUN)).hasSize(1);
  }

  @Test
  void aRunOfManyModelsIsRecordedWhole() {
    DynamoDbStateStore store = store(LocalAws.unique("wide-run-"));
    List<ModelExecution> models = new ArrayList<>();
    for (int i = 0; i < 230; i++) {
      models.add(StateFixtures.succeeded(String.format("model_%03d", i), T0.plusMillis(i)));
    }
    store.commitModelResult(ModelCommit.of(RUN, models.get(7)));

    store.recordRun(StateFixtures.minimal(T0, models));

    assertThat(store.run(RUN)).hasValueSatisfying(r -> {
      assertThat(r.modelsExecuted()).hasSize(230);
      assertThat(r.modelsExecuted().get(0).modelName()).isEqualTo("model_007");
    });
  }

  @Test
  void itemsHoldRockysJsonAndComparableWatermarks() {
    String namespace = LocalAws.unique("items-");
    DynamoDbStateStore store = store(namespace);
    IdempotencyPolicy policy = IdempotencyPolicy.DEFAULT;
    store.advanceWatermark("db.raw.orders", StateFixtures.watermark("2026-02-01T00:00:00.000001Z", T0));
    store.claimIdempotencyKey("nightly", "run-1", policy);
    store.finishIdempotencyKey("nightly", "run-1", IdempotencyState.SUCCEEDED, policy);

    Map<String, AttributeValue> watermark = item(namespace + "#watermark#db.raw.orders", "watermark");
    assertThat(watermark.get("v").n()).isEqualTo("1769904000000001000");
    assertThat(watermark.get("json").s()).contains("\"last_value\":\"2026-02-01T00:00:00.000001Z\"");
    Map<String, AttributeValue> key = item(namespace + "#idempotency#nightly", "idempotency");
    assertThat(key.get("json").s()).contains("\"state\":\"Succeeded\"", "\"run_id\":\"run-1\"");
    assertThat(key.get("ttl").n()).isNotBlank();
  }

  private static Map<String, AttributeValue> item(String pk, String sk) {
    return LocalAws.dynamoDb().getItem(b -> b.tableName(TABLE).key(StateTable.key(pk, sk)).consistentRead(true)).item();
  }

  @Test
  void aMissingTableIsUnavailableAndSaysSo() {
    DynamoDbStateStore store = DynamoDbStateStore.builder().withClient(LocalAws.dynamoDb())
        .withTableName("no-such-table").build();

    assertThatThrownBy(() -> store.watermark("db.raw.orders"))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(StoreErrorCode.STATE_UNAVAILABLE))
        .hasMessageContaining("'no-such-table' does not exist");
    store.prime();
  }

  @Test
  void aNamespaceCannotContainTheKeySeparator() {
    assertThatThrownBy(() -> store("a#b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no '#'");
  }
}
