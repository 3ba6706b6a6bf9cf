package dev.rocky.app.run;

import dev.rocky.core.port.StateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps a run's lease alive: called after every committed model, it renews the lease only once a
 * quarter of its time to live has passed since the last renewal, so a run of many quick models
 * does not write the state store once per model, and the lease is still never near its expiry.
 */
final class LeaseRenewal implements Runnable {
  private final StateStore state;
  private final String owner;
  private final Duration ttl;
  private final Duration every;
  private final Clock clock;
  private Instant renewed;

  /** @param taken when the lease was taken (or last renewed) */
  LeaseRenewal(StateStore state, String owner, Duration ttl, Clock clock, Instant taken) {
    this.state = state;
    this.owner = owner;
    this.ttl = ttl;
    this.every = ttl.dividedBy(4);
    this.clock = clock;
    this.renewed = taken;
  }

  @Override
  public synchronized void run() {
    Instant now = clock.instant();
    if (Duration.between(renewed, now).compareTo(every) >= 0) {
      state.renewLease(owner, ttl);
      renewed = now;
    }
  }
}
