package dev.rocky.store.aws;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.state.StoreErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * The DynamoDB calls the state store makes, with consistent reads, and the one place where SDK
 * failures become {@link RockyException}s: a missing table or an unreachable service is
 * {@code STATE_UNAVAILABLE}, throttling and transaction conflicts are {@code STATE_BUSY} (both
 * transient), anything else the service rejects is {@code STATE_WRITE_FAILED}. A lost condition is
 * not a failure: it is reported as {@link Lost}, for the caller to re-read and decide again.
 */
final class DynamoDbAccess {
  /** How often an optimistic write is re-decided after losing to another writer. */
  static final int MAX_ATTEMPTS = 25;

  private final DynamoDbClient client;
  private final StateTable table;

  DynamoDbAccess(DynamoDbClient client, StateTable table) {
    this.client = client;
    this.table = table;
  }

  StateTable table() {
    return table;
  }

  DynamoDbClient client() {
    return client;
  }

  /** A conditional write lost to another writer: re-read and decide again. */
  static final class Lost extends Exception {
    private static final long serialVersionUID = 1L;

    Lost() {
      super(null, null, false, false);
    }
  }

  Optional<Map<String, AttributeValue>> get(String doing, Map<String, AttributeValue> key) {
    return call(doing, () -> {
      var response = client.getItem(b -> b.tableName(table.name()).key(key).consistentRead(true));
      return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    });
  }

  /**
   * The items under {@code keys} that exist (at most 100 keys), read consistently, with only the
   * attributes {@code attributes}.
   */
  List<Map<String, AttributeValue>> getAll(String doing, List<Map<String, AttributeValue>> keys, List<String> attributes) {
    if (keys.isEmpty()) {
      return List.of();
    }
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < attributes.size(); i++) {
      names.put("#a" + i, attributes.get(i));
    }
    String projection = String.join(", ", names.keySet().stream().sorted().toList());
    return call(doing, () -> {
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      Map<String, KeysAndAttributes> pending = Map.of(table.name(), KeysAndAttributes.builder().keys(keys)
          .consistentRead(true).projectionExpression(projection).expressionAttributeNames(names).build());
      while (!pending.isEmpty()) {
        Map<String, KeysAndAttributes> request = pending;
        BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(request));
        items.addAll(response.responses().getOrDefault(table.name(), List.of()));
        pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      }
      return items;
    });
  }

  /** Every item of partition {@code pk} (whose sort key starts with {@code skPrefix}, when given), in sort-key order. */
  List<Map<String, AttributeValue>> query(String doing, String pk, String skPrefix) {
    return call(doing, () -> {
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      QueryRequest.Builder request = QueryRequest.builder().tableName(table.name()).consistentRead(true);
      if (skPrefix.isEmpty()) {
        request.keyConditionExpression("pk = :pk")
            .expressionAttributeValues(Map.of(":pk", StateTable.s(pk)));
      } else {
        request.keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
            .expressionAttributeValues(Map.of(":pk", StateTable.s(pk), ":prefix", StateTable.s(skPrefix)));
      }
      Map<String, AttributeValue> start = null;
      do {
        QueryResponse page = client.query(request.exclusiveStartKey(start).build());
        items.addAll(page.items());
        start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
      } while (start != null);
      return items;
    });
  }

  /**
   * Writes {@code items} in one transaction.
   *
   * @throws Lost when a condition of the transaction did not hold, or another transaction
   *     touched the same items meanwhile
   */
  void transact(String doing, List<TransactWriteItem> items) throws Lost {
    try {
      call(doing, () -> client.transactWriteItems(b -> b.transactItems(items)));
    } catch (LostWrapper lost) {
      throw new Lost();
    }
  }

  /** Runs one conditional write. @throws Lost when its condition did not hold */
  void conditional(String doing, Runnable write) throws Lost {
    try {
      call(doing, () -> {
        write.run();
        return null;
      });
    } catch (LostWrapper lost) {
      throw new Lost();
    }
  }

  /** Carries a lost condition out of a {@link Supplier}. */
  private static final class LostWrapper extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LostWrapper() {
      super(null, null, false, false);
    }
  }

  <T> T call(String doing, Supplier<T> call) {
    try {
      return call.get();
    } catch (ConditionalCheckFailedException e) {
      throw new LostWrapper();
    } catch (TransactionCanceledException e) {
      if (e.hasCancellationReasons() && e.cancellationReasons().stream().map(CancellationReason::code)
          .anyMatch(c -> "ConditionalCheckFailed".equals(c) || "TransactionConflict".equals(c))) {
        throw new LostWrapper();
      }
      throw failure(doing, e);
    } catch (SdkException e) {
      throw failure(doing, e);
    }
  }

  private RockyException failure(String doing, SdkException e) {
    String where = "the DynamoDB state table '" + table.name() + "'";
    if (e instanceof ResourceNotFoundException) {
      return new RockyException(StoreErrorCode.STATE_UNAVAILABLE,
          "cannot " + doing + ": " + where + " does not exist (create it with the infrastructure stack)", e);
    }
    if (e instanceof SdkClientException) {
      return new RockyException(StoreErrorCode.STATE_UNAVAILABLE, "cannot " + doing + ": " + where
          + " cannot be reached: " + e.getMessage(), e);
    }
    if (e instanceof TransactionConflictException || throttledTransaction(e)
        || (e instanceof SdkServiceException s && (s.isThrottlingException() || s.statusCode() >= 500))) {
      return new RockyException(StoreErrorCode.STATE_BUSY, "cannot " + doing + ": " + where
          + " is busy: " + e.getMessage(), e);
    }
    return new RockyException(StoreErrorCode.STATE_WRITE_FAILED, "cannot " + doing + " in " + where + ": "
        + e.getMessage(), e);
  }

  private static boolean throttledTransaction(SdkException e) {
    return e instanceof TransactionCanceledException t && t.hasCancellationReasons()
        && t.cancellationReasons().stream().map(CancellationReason::code)
            .anyMatch(c -> "ThrottlingError".equals(c) || "ProvisionedThroughputExceeded".equals(c));
  }

  /** Thrown when an optimistic write kept losing. */
  RockyException tooContended(String doing) {
    return new RockyException(StoreErrorCode.STATE_BUSY, "cannot " + doing + ": other writers kept changing it ("
        + MAX_ATTEMPTS + " attempts) in the DynamoDB state table '" + table.name() + "'");
  }

  /** A short pause before re-deciding, growing with the attempt, so that racing writers spread out. */
  static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(50, attempt * 2L));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RockyException(StoreErrorCode.STATE_BUSY, "interrupted while waiting to retry a state write", e);
    }
  }
}
