package dev.rocky.store.aws;

import static dev.rocky.store.aws.StateTable.s;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Single items written by compare-and-set on a version number: read the item and its
 * {@code ver}, decide, then write on the condition that {@code ver} is still what was read (or
 * that the item is still absent). A writer that loses re-reads and decides again, so a decision
 * is always made on what is stored.
 */
final class VersionedItems {
  private final DynamoDbAccess db;

  VersionedItems(DynamoDbAccess db) {
    this.db = db;
  }

  /** An item's JSON value and the version it was read at (0: absent). */
  record Read(@Nullable String json, long version) {
    Optional<String> value() {
      return Optional.ofNullable(json);
    }
  }

  Read read(String doing, Map<String, AttributeValue> key) {
    return db.get(doing, key)
        .map(item -> new Read(item.get(StateTable.JSON).s(), Long.parseLong(item.get(StateTable.VERSION).n())))
        .orElse(new Read(null, 0));
  }

  /**
   * Stores {@code json} at the next version if the item is still at {@code seen}.
   *
   * @param ttl epoch seconds after which DynamoDB may delete the item, or null
   * @throws DynamoDbAccess.Lost when someone else wrote it meanwhile
   */
  void write(String doing, Map<String, AttributeValue> key, Read seen, String json, @Nullable Long ttl)
      throws DynamoDbAccess.Lost {
    Map<String, AttributeValue> item = new HashMap<>(key);
    item.put(StateTable.JSON, s(json));
    item.put(StateTable.VERSION, StateTable.n(seen.version() + 1));
    if (ttl != null) {
      item.put(StateTable.TTL, StateTable.n(ttl));
    }
    db.conditional(doing, () -> db.client().putItem(b -> {
      b.tableName(db.table().name()).item(item);
      if (seen.json() == null) {
        b.conditionExpression("attribute_not_exists(pk)");
      } else {
        b.conditionExpression("#ver = :ver").expressionAttributeNames(Map.of("#ver", StateTable.VERSION))
            .expressionAttributeValues(Map.of(":ver", StateTable.n(seen.version())));
      }
    }));
  }

  /** Deletes the item if it is still at {@code seen}. @throws DynamoDbAccess.Lost otherwise */
  void delete(String doing, Map<String, AttributeValue> key, Read seen) throws DynamoDbAccess.Lost {
    if (seen.json() == null) {
      return;
    }
    db.conditional(doing, () -> db.client().deleteItem(b -> b.tableName(db.table().name()).key(key)
        .conditionExpression("#ver = :ver").expressionAttributeNames(Map.of("#ver", StateTable.VERSION))
        .expressionAttributeValues(Map.of(":ver", StateTable.n(seen.version())))));
  }
}
