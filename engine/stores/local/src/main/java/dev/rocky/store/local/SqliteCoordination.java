package dev.rocky.store.local;

import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.IdempotencyRecord;
import dev.rocky.core.state.IdempotencyRules;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.LeaseRules;
import dev.rocky.core.state.RunLease;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Idempotency keys and the run lease in the state file. Each operation reads, decides by the
 * shared rules and writes inside one {@code BEGIN IMMEDIATE} transaction, so two processes cannot
 * both win a claim.
 */
final class SqliteCoordination {
  private static final String LEASE = "run";

  private final SqliteDatabase db;
  private final StateJson json;
  private final Clock clock;

  SqliteCoordination(SqliteDatabase db, StateJson json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  IdempotencyClaim claim(String key, String runId, IdempotencyPolicy policy) {
    return db.write("claiming an idempotency key in", c -> {
      IdempotencyRules.ClaimDecision decision = IdempotencyRules.claim(record(c, key), key, runId, policy, clock.instant());
      if (decision.toStore() != null) {
        putRecord(c, decision.toStore());
      }
      return decision.claim();
    });
  }

  void finish(String key, String runId, IdempotencyState outcome, IdempotencyPolicy policy) {
    db.write("finishing an idempotency key in", c -> {
      Optional<IdempotencyRecord> next = IdempotencyRules.finish(record(c, key), key, runId, outcome, policy, clock.instant());
      if (next.isPresent()) {
        putRecord(c, next.get());
      } else {
        Sql.update(c, "DELETE FROM idempotency_keys WHERE key = ?", key);
      }
      return null;
    });
  }

  Optional<IdempotencyRecord> record(String key) {
    return db.read("reading an idempotency key from", c -> record(c, key));
  }

  private Optional<IdempotencyRecord> record(Connection c, String key) throws SQLException {
    return Sql.one(c, "SELECT value FROM idempotency_keys WHERE key = ?", key).map(v -> json.read(v, IdempotencyRecord.class));
  }

  private void putRecord(Connection c, IdempotencyRecord r) throws SQLException {
    Sql.update(c, "INSERT INTO idempotency_keys (key, value) VALUES (?, ?)"
        + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", r.key(), json.write(r));
  }

  RunLease acquire(String owner, Duration ttl) {
    return db.write("taking the run lease in", c -> putLease(c, LeaseRules.acquire(lease(c), owner, ttl, clock.instant())));
  }

  RunLease renew(String owner, Duration ttl) {
    return db.write("renewing the run lease in", c -> putLease(c, LeaseRules.renew(lease(c), owner, ttl, clock.instant())));
  }

  void release(String owner) {
    db.write("releasing the run lease in", c -> {
      if (LeaseRules.mayRelease(lease(c), owner)) {
        Sql.update(c, "DELETE FROM leases WHERE name = ?", LEASE);
      }
      return null;
    });
  }

  Optional<RunLease> current() {
    return db.read("reading the run lease from", this::lease).filter(l -> !l.isExpiredAt(clock.instant()));
  }

  private Optional<RunLease> lease(Connection c) throws SQLException {
    return Sql.one(c, "SELECT value FROM leases WHERE name = ?", LEASE).map(v -> json.read(v, RunLease.class));
  }

  private RunLease putLease(Connection c, RunLease lease) throws SQLException {
    Sql.update(c, "INSERT INTO leases (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        LEASE, json.write(lease));
    return lease;
  }
}
