package dev.rocky.core.state;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * The right to run a project: one active run per project. A lease carries a deadline, so the
 * lease of a process that died lapses by itself.
 *
 * @param owner who holds it, e.g. {@code host:pid:run-id}
 */
public record RunLease(
    @JsonProperty("owner") String owner,
    @JsonProperty("acquired_at") Instant acquiredAt,
    @JsonProperty("expires_at") Instant expiresAt) {

  public RunLease {
    StateKeys.requireValid(owner, "lease owner");
    Objects.requireNonNull(acquiredAt, "acquiredAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(acquiredAt)) {
      throw new IllegalArgumentException("a lease must expire after it is acquired");
    }
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
