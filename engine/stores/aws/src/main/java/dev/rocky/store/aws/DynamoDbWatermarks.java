package dev.rocky.store.aws;

import static dev.rocky.store.aws.StateTable.s;

import dev.rocky.core.state.StateKeys;
import dev.rocky.core.state.Watermark;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Watermarks, one item per target. Every write carries the condition "absent, or behind the new
 * value" on the numeric {@code v} (nanoseconds since the epoch), so DynamoDB itself refuses to move
 * a watermark back, however writers interleave.
 */
final class DynamoDbWatermarks {
  private static final String FORWARD_ONLY = "attribute_not_exists(pk) OR #v < :v";

  private final DynamoDbAccess db;
  private final StateTable table;

  DynamoDbWatermarks(DynamoDbAccess db) {
    this.db = db;
    this.table = db.table();
  }

  Optional<Watermark> get(String targetKey) {
    return db.get("read the watermark of " + targetKey, table.watermarkKey(targetKey))
        .map(item -> ItemJson.read(item.get(StateTable.JSON).s(), Watermark.class, "the watermark of " + targetKey));
  }

  boolean advance(String targetKey, Watermark watermark) {
    StateKeys.requireValid(targetKey, "targetKey");
    Put put = forwardOnly(targetKey, watermark);
    try {
      db.conditional("advance the watermark of " + targetKey, () -> db.client().putItem(b -> b
          .tableName(put.tableName()).item(put.item()).conditionExpression(put.conditionExpression())
          .expressionAttributeNames(put.expressionAttributeNames())
          .expressionAttributeValues(put.expressionAttributeValues())));
      return true;
    } catch (DynamoDbAccess.Lost behind) {
      return false;
    }
  }

  void reset(String targetKey) {
    db.call("reset the watermark of " + targetKey,
        () -> db.client().deleteItem(b -> b.tableName(table.name()).key(table.watermarkKey(targetKey))));
  }

  /**
   * The conditional put that advances {@code targetKey} inside a transaction, or empty when the
   * stored watermark is already at or past {@code watermark} (then the commit leaves it alone).
   * Should another writer overtake it before the transaction lands, the condition fails and the
   * caller re-decides.
   */
  Optional<TransactWriteItem> advanceItem(String targetKey, Watermark watermark) {
    Optional<Watermark> current = get(targetKey);
    if (current.isPresent() && !watermark.isAfter(current.get())) {
      return Optional.empty();
    }
    return Optional.of(TransactWriteItem.builder().put(forwardOnly(targetKey, watermark)).build());
  }

  private Put forwardOnly(String targetKey, Watermark watermark) {
    Map<String, AttributeValue> item = table.watermarkKey(targetKey);
    item.put(StateTable.JSON, s(ItemJson.write(watermark)));
    item.put(StateTable.VALUE, StateTable.nanos(watermark.lastValue()));
    return Put.builder().tableName(table.name()).item(item).conditionExpression(FORWARD_ONLY)
        .expressionAttributeNames(Map.of("#v", StateTable.VALUE))
        .expressionAttributeValues(Map.of(":v", StateTable.nanos(watermark.lastValue())))
        .build();
  }
}
