package dev.rocky.core.state;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored idempotency key (Rocky's {@code IdempotencyEntry}); the key is kept verbatim.
 *
 * @param runId the run that claimed (or finished) the key
 * @param stampedAt when it was claimed or finished
 * @param expiresAt for an in-flight claim, when a crashed owner's claim may be adopted; for a
 *     finished entry, the end of its retention
 * @param dedupOn the policy in force when it was stamped
 */
public record IdempotencyRecord(
    @JsonProperty("key") String key,
    @JsonProperty("run_id") String runId,
    @JsonProperty("state") IdempotencyState state,
    @JsonProperty("stamped_at") Instant stampedAt,
    @JsonProperty("expires_at") Instant expiresAt,
    @JsonProperty("dedup_on") DedupPolicy dedupOn) {

  public IdempotencyRecord {
    StateKeys.requireValid(key, "idempotency key");
    StateKeys.requireValid(runId, "runId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(stampedAt, "stampedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(dedupOn, "dedupOn");
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
