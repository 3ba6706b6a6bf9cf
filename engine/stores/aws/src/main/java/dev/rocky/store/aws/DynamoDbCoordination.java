package dev.rocky.store.aws;

import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.IdempotencyRecord;
import dev.rocky.core.state.IdempotencyRules;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.LeaseRules;
import dev.rocky.core.state.RunLease;
import dev.rocky.core.state.StateKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Idempotency keys and the run lease. Each operation reads the item, decides by the shared rules
 * ({@link IdempotencyRules}, {@link LeaseRules}) and writes the answer by compare-and-set (see
 * {@link VersionedItems}); of two runs racing for a key or the lease, exactly one write lands and
 * the other run re-reads and is refused.
 */
final class DynamoDbCoordination {
  private final DynamoDbAccess db;
  private final VersionedItems items;
  private final Clock clock;

  DynamoDbCoordination(DynamoDbAccess db, Clock clock) {
    this.db = db;
    this.items = new VersionedItems(db);
    this.clock = clock;
  }

  /** One read-decide-write step; returns empty to try again after losing a race. */
  @FunctionalInterface
  private interface Step<T> {
    Optional<T> attempt() throws DynamoDbAccess.Lost;
  }

  private <T> T retrying(String doing, Step<T> step) {
    for (int attempt = 1; attempt <= DynamoDbAccess.MAX_ATTEMPTS; attempt++) {
      try {
        Optional<T> done = step.attempt();
        if (done.isPresent()) {
          return done.get();
        }
      } catch (DynamoDbAccess.Lost lost) {
        DynamoDbAccess.pause(attempt);
      }
    }
    throw db.tooContended(doing);
  }

  IdempotencyClaim claim(String key, String runId, IdempotencyPolicy policy) {
    StateKeys.requireValid(key, "idempotency key");
    String doing = "claim the idempotency key '" + key + "'";
    Map<String, AttributeValue> itemKey = db.table().idempotencyKey(key);
    return retrying(doing, () -> {
      VersionedItems.Read seen = items.read(doing, itemKey);
      IdempotencyRules.ClaimDecision decision =
          IdempotencyRules.claim(record(seen, key), key, runId, policy, clock.instant());
      IdempotencyRecord store = decision.toStore();
      if (store != null) {
        items.write(doing, itemKey, seen, ItemJson.write(store), null);
      }
      return Optional.of(decision.claim());
    });
  }

  void finish(String key, String runId, IdempotencyState outcome, IdempotencyPolicy policy) {
    String doing = "finish the idempotency key '" + key + "'";
    Map<String, AttributeValue> itemKey = db.table().idempotencyKey(key);
    retrying(doing, () -> {
      VersionedItems.Read seen = items.read(doing, itemKey);
      Optional<IdempotencyRecord> next =
          IdempotencyRules.finish(record(seen, key), key, runId, outcome, policy, clock.instant());
      if (next.isPresent()) {
        // A finished entry means nothing after its retention: let DynamoDB's TTL sweep it.
        items.write(doing, itemKey, seen, ItemJson.write(next.get()), next.get().expiresAt().getEpochSecond());
      } else {
        items.delete(doing, itemKey, seen);
      }
      return Optional.of(Boolean.TRUE);
    });
  }

  Optional<IdempotencyRecord> record(String key) {
    return record(items.read("read the idempotency key '" + key + "'", db.table().idempotencyKey(key)), key);
  }

  private Optional<IdempotencyRecord> record(VersionedItems.Read read, String key) {
    return read.value().map(json -> ItemJson.read(json, IdempotencyRecord.class, "the idempotency key '" + key + "'"));
  }

  RunLease acquire(String owner, Duration ttl) {
    String doing = "take the run lease";
    return retrying(doing, () -> {
      VersionedItems.Read seen = items.read(doing, db.table().leaseKey());
      RunLease lease = LeaseRules.acquire(lease(seen), owner, ttl, clock.instant());
      items.write(doing, db.table().leaseKey(), seen, ItemJson.write(lease), null);
      return Optional.of(lease);
    });
  }

  RunLease renew(String owner, Duration ttl) {
    String doing = "renew the run lease";
    return retrying(doing, () -> {
      VersionedItems.Read seen = items.read(doing, db.table().leaseKey());
      RunLease lease = LeaseRules.renew(lease(seen), owner, ttl, clock.instant());
      items.write(doing, db.table().leaseKey(), seen, ItemJson.write(lease), null);
      return Optional.of(lease);
    });
  }

  void release(String owner) {
    String doing = "release the run lease";
    retrying(doing, () -> {
      VersionedItems.Read seen = items.read(doing, db.table().leaseKey());
      if (LeaseRules.mayRelease(lease(seen), owner)) {
        items.delete(doing, db.table().leaseKey(), seen);
      }
      return Optional.of(Boolean.TRUE);
    });
  }

  Optional<RunLease> current() {
    return lease(items.read("read the run lease", db.table().leaseKey())).filter(l -> !l.isExpiredAt(clock.instant()));
  }

  private Optional<RunLease> lease(VersionedItems.Read read) {
    return read.value().map(json -> ItemJson.read(json, RunLease.class, "the run lease"));
  }
}
