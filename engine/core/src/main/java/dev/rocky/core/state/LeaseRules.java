package dev.rocky.core.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The run-lease rules, shared by every store; a store applies them in one atomic step. */
public final class LeaseRules {
  private LeaseRules() {}

  /**
   * The lease to store for {@code owner}: a new one when the lease is free or lapsed, a renewed one
   * when {@code owner} already holds it.
   *
   * @throws LeaseHeldException when another owner holds a live lease
   */
  public static RunLease acquire(Optional<RunLease> current, String owner, Duration ttl, Instant now) {
    requirePositive(ttl);
    if (current.isPresent()) {
      RunLease held = current.get();
      if (held.owner().equals(owner)) {
        return new RunLease(owner, held.isExpiredAt(now) ? now : held.acquiredAt(), now.plus(ttl));
      }
      if (!held.isExpiredAt(now)) {
        throw new LeaseHeldException(held);
      }
    }
    return new RunLease(owner, now, now.plus(ttl));
  }

  /**
   * The renewed lease of {@code owner}, who must still hold it (even lapsed, as long as nobody
   * took it over).
   *
   * @throws StateConflictException when the lease is gone or held by someone else
   */
  public static RunLease renew(Optional<RunLease> current, String owner, Duration ttl, Instant now) {
    requirePositive(ttl);
    if (current.isEmpty() || !current.get().owner().equals(owner)) {
      String holder = current.map(l -> "'" + l.owner() + "'").orElse("nobody");
      throw new StateConflictException("the run lease of '" + owner + "' was lost; it is now held by " + holder);
    }
    return new RunLease(owner, current.get().acquiredAt(), now.plus(ttl));
  }

  /** Whether {@code owner} may release the current lease (only its holder may). */
  public static boolean mayRelease(Optional<RunLease> current, String owner) {
    return current.isPresent() && current.get().owner().equals(owner);
  }

  private static void requirePositive(Duration ttl) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("a lease's time to live must be positive: " + ttl);
    }
  }
}
