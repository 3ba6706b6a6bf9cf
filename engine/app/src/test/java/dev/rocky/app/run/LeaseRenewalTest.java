package dev.rocky.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.core.state.RunLease;
import dev.rocky.testkit.fake.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeaseRenewalTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void theLeaseIsRenewedOnceAQuarterOfItsTimeToLiveHasPassedNotAfterEveryModel() {
    MutableClock clock = new MutableClock(T0);
    MemoryStateStore state = new MemoryStateStore(clock);
    Duration ttl = Duration.ofMinutes(60);
    state.acquireLease("me", ttl);
    LeaseRenewal renewal = new LeaseRenewal(state, "me", ttl, clock, T0);

    for (int i = 0; i < 100; i++) {
      clock.advance(Duration.ofSeconds(8)); // 100 quick models: 13 min 20 s in all
      renewal.run();
    }
    assertThat(state.currentLease()).map(RunLease::expiresAt).contains(T0.plus(ttl));

    clock.advance(Duration.ofMinutes(2)); // 15 min 20 s since the lease was taken: a quarter has passed
    renewal.run();
    Instant renewedAt = clock.instant();
    assertThat(state.currentLease()).map(RunLease::expiresAt).contains(renewedAt.plus(ttl));

    clock.advance(Duration.ofMinutes(14));
    renewal.run();
    assertThat(state.currentLease()).map(RunLease::expiresAt).contains(renewedAt.plus(ttl));
  }
}
