package dev.rocky.core.state;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The idempotency-key state machine, shared by every store: a store reads the current record,
 * asks these rules, and writes the answer in the same atomic step.
 */
public final class IdempotencyRules {
  private IdempotencyRules() {}

  /** What a claim decides: the answer, and the record to store (null: store nothing). */
  public record ClaimDecision(IdempotencyClaim claim, @Nullable IdempotencyRecord toStore) {}

  public static ClaimDecision claim(
      Optional<IdempotencyRecord> current, String key, String runId, IdempotencyPolicy policy, Instant now) {
    IdempotencyRecord fresh = new IdempotencyRecord(
        key, runId, IdempotencyState.IN_FLIGHT, now, now.plus(policy.inFlightTtl()), policy.dedupOn());
    if (current.isEmpty()) {
      return new ClaimDecision(new IdempotencyClaim.Claimed(fresh, null), fresh);
    }
    IdempotencyRecord existing = current.get();
    boolean live = !existing.isExpiredAt(now);
    return switch (existing.state()) {
      case IN_FLIGHT -> {
        if (existing.runId().equals(runId) && live) {
          yield new ClaimDecision(new IdempotencyClaim.Claimed(existing, null), null);
        }
        yield live
            ? new ClaimDecision(new IdempotencyClaim.HeldInFlight(existing.runId(), existing.expiresAt()), null)
            : new ClaimDecision(new IdempotencyClaim.Claimed(fresh, existing.runId()), fresh);
      }
      case SUCCEEDED -> live
          ? new ClaimDecision(new IdempotencyClaim.Completed(existing.runId(), existing.state()), null)
          : new ClaimDecision(new IdempotencyClaim.Claimed(fresh, null), fresh);
      case FAILED -> live && existing.dedupOn() == DedupPolicy.ANY
          ? new ClaimDecision(new IdempotencyClaim.Completed(existing.runId(), existing.state()), null)
          : new ClaimDecision(new IdempotencyClaim.Claimed(fresh, null), fresh);
    };
  }

  /**
   * The record to store when {@code runId} finishes the key, or empty to delete it (a failure
   * under {@link DedupPolicy#SUCCESS}, so that a retry can claim it).
   *
   * @throws StateConflictException when the key is not held by {@code runId}
   */
  public static Optional<IdempotencyRecord> finish(
      Optional<IdempotencyRecord> current, String key, String runId, IdempotencyState outcome,
      IdempotencyPolicy policy, Instant now) {
    if (outcome == IdempotencyState.IN_FLIGHT) {
      throw new IllegalArgumentException("a key is finished as Succeeded or Failed");
    }
    if (current.isEmpty() || !current.get().runId().equals(runId)) {
      String holder = current.map(r -> "run " + r.runId()).orElse("no run");
      throw new StateConflictException(
          "idempotency key '" + key + "' is held by " + holder + ", not by " + runId + "; it cannot be finished");
    }
    DedupPolicy dedupOn = current.get().dedupOn();
    if (outcome == IdempotencyState.FAILED && dedupOn == DedupPolicy.SUCCESS) {
      return Optional.empty();
    }
    return Optional.of(new IdempotencyRecord(key, runId, outcome, now, now.plus(policy.retention()), dedupOn));
  }
}
