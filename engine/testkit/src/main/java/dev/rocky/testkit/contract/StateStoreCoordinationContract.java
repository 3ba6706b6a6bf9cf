package dev.rocky.testkit.contract;

import static dev.rocky.testkit.contract.StateFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.port.StateStore;
import dev.rocky.core.state.DedupPolicy;
import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.LeaseHeldException;
import dev.rocky.core.state.RunLease;
import dev.rocky.core.state.StateConflictException;
import dev.rocky.testkit.fake.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The coordination half of {@link StateStoreContract}: idempotency keys and the run lease, with a
 * {@link MutableClock} to make claims and leases lapse. Also owns the store's lifecycle.
 */
public abstract class StateStoreCoordinationContract {
  protected static final Duration TTL = Duration.ofMinutes(10);
  private static final IdempotencyPolicy POLICY =
      new IdempotencyPolicy(Duration.ofHours(1), Duration.ofDays(7), DedupPolicy.SUCCESS);

  protected MutableClock clock = new MutableClock(T0);
  protected StateStore store;

  /** A new, empty store whose time comes from {@code clock}. */
  protected abstract StateStore newStore(Clock clock);

  @BeforeEach
  void openStore() {
    store = newStore(clock);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void aFreeKeyIsClaimedInFlight() {
    IdempotencyClaim claim = store.claimIdempotencyKey("nightly", "run-1", POLICY);

    assertThat(claim).isInstanceOfSatisfying(IdempotencyClaim.Claimed.class, c -> {
      assertThat(c.adoptedFromRunId()).isNull();
      assertThat(c.record().state()).isEqualTo(IdempotencyState.IN_FLIGHT);
      assertThat(c.record().expiresAt()).isEqualTo(T0.plus(POLICY.inFlightTtl()));
    });
    assertThat(store.idempotencyRecord("nightly")).hasValueSatisfying(r -> assertThat(r.runId()).isEqualTo("run-1"));
  }

  @Test
  void aKeyInFlightIsHeldAgainstOtherRunsButNotItsOwn() {
    store.claimIdempotencyKey("nightly", "run-1", POLICY);

    assertThat(store.claimIdempotencyKey("nightly", "run-2", POLICY))
        .isEqualTo(new IdempotencyClaim.HeldInFlight("run-1", T0.plus(POLICY.inFlightTtl())));
    assertThat(store.claimIdempotencyKey("nightly", "run-1", POLICY)).isInstanceOf(IdempotencyClaim.Claimed.class);
  }

  @Test
  void aKeyThatSucceededReturnsTheEarlierRunId() {
    store.claimIdempotencyKey("nightly", "run-1", POLICY);
    store.finishIdempotencyKey("nightly", "run-1", IdempotencyState.SUCCEEDED, POLICY);
    clock.advance(Duration.ofDays(2));

    assertThat(store.claimIdempotencyKey("nightly", "run-2", POLICY))
        .isEqualTo(new IdempotencyClaim.Completed("run-1", IdempotencyState.SUCCEEDED));
    assertThat(store.idempotencyRecord("nightly")).hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(IdempotencyState.SUCCEEDED));
  }

  @Test
  void aFailureFreesTheKeyUnlessAnyOutcomeDedups() {
    store.claimIdempotencyKey("retry-me", "run-1", POLICY);
    store.finishIdempotencyKey("retry-me", "run-1", IdempotencyState.FAILED, POLICY);
    assertThat(store.idempotencyRecord("retry-me")).isEmpty();
    assertThat(store.claimIdempotencyKey("retry-me", "run-2", POLICY)).isInstanceOf(IdempotencyClaim.Claimed.class);

    IdempotencyPolicy any = new IdempotencyPolicy(Duration.ofHours(1), Duration.ofDays(7), DedupPolicy.ANY);
    store.claimIdempotencyKey("once", "run-3", any);
    store.finishIdempotencyKey("once", "run-3", IdempotencyState.FAILED, any);
    assertThat(store.claimIdempotencyKey("once", "run-4", any))
        .isEqualTo(new IdempotencyClaim.Completed("run-3", IdempotencyState.FAILED));
  }

  @Test
  void aCrashedRunsClaimIsAdoptedAfterItsTtlAndFinishedEntriesLapseAfterRetention() {
    store.claimIdempotencyKey("nightly", "run-1", POLICY);
    clock.advance(POLICY.inFlightTtl());

    assertThat(store.claimIdempotencyKey("nightly", "run-2", POLICY))
        .isInstanceOfSatisfying(IdempotencyClaim.Claimed.class, c -> assertThat(c.adoptedFromRunId()).isEqualTo("run-1"));

    store.finishIdempotencyKey("nightly", "run-2", IdempotencyState.SUCCEEDED, POLICY);
    clock.advance(POLICY.retention());
    assertThat(store.claimIdempotencyKey("nightly", "run-3", POLICY)).isInstanceOf(IdempotencyClaim.Claimed.class);
  }

  @Test
  void onlyTheClaimingRunCanFinishAKey() {
    store.claimIdempotencyKey("nightly", "run-1", POLICY);

    assertThatThrownBy(() -> store.finishIdempotencyKey("nightly", "run-2", IdempotencyState.SUCCEEDED, POLICY))
        .isInstanceOf(StateConflictException.class).hasMessageContaining("run-1");
    assertThatThrownBy(() -> store.finishIdempotencyKey("unknown", "run-2", IdempotencyState.SUCCEEDED, POLICY))
        .isInstanceOf(StateConflictException.class);
    assertThat(store.idempotencyRecord("nightly")).hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(IdempotencyState.IN_FLIGHT));
  }

  @Test
  void concurrentClaimsOfOneKeyHaveOneWinner() throws Exception {
    List<IdempotencyClaim> claims = race(8, i -> store.claimIdempotencyKey("contested", "run-" + i, POLICY));

    assertThat(claims).filteredOn(c -> c instanceof IdempotencyClaim.Claimed).hasSize(1);
    assertThat(claims).filteredOn(c -> c instanceof IdempotencyClaim.HeldInFlight).hasSize(7);
  }

  @Test
  void aLeaseExcludesOtherOwnersAndNamesItsHolder() {
    RunLease lease = store.acquireLease("host-a:1", TTL);

    assertThat(lease).isEqualTo(new RunLease("host-a:1", T0, T0.plus(TTL)));
    assertThat(store.currentLease()).contains(lease);
    assertThatThrownBy(() -> store.acquireLease("host-b:2", TTL))
        .isInstanceOfSatisfying(LeaseHeldException.class, e -> assertThat(e.holder()).isEqualTo(lease))
        .hasMessageContaining("host-a:1");
  }

  @Test
  void theHolderRenewsAndReleasesOthersCannotRelease() {
    store.acquireLease("host-a:1", TTL);
    clock.advance(Duration.ofMinutes(5));

    assertThat(store.acquireLease("host-a:1", TTL).expiresAt()).isEqualTo(clock.instant().plus(TTL));
    assertThat(store.renewLease("host-a:1", TTL).acquiredAt()).isEqualTo(T0);
    store.releaseLease("host-b:2");
    assertThat(store.currentLease()).hasValueSatisfying(l -> assertThat(l.owner()).isEqualTo("host-a:1"));

    store.releaseLease("host-a:1");
    assertThat(store.currentLease()).isEmpty();
    assertThat(store.acquireLease("host-b:2", TTL).owner()).isEqualTo("host-b:2");
  }

  @Test
  void aLeaseLapsesAfterItsTtlAndTheOldHolderCannotRenewIt() {
    store.acquireLease("crashed", TTL);
    clock.advance(TTL);

    assertThat(store.currentLease()).isEmpty();
    assertThat(store.acquireLease("next", TTL).owner()).isEqualTo("next");
    assertThatThrownBy(() -> store.renewLease("crashed", TTL))
        .isInstanceOf(StateConflictException.class).hasMessageContaining("next");
  }

  @Test
  void concurrentAcquiresHaveOneWinner() throws Exception {
    List<Boolean> won = race(8, i -> {
      try {
        store.acquireLease("owner-" + i, TTL);
        return true;
      } catch (LeaseHeldException e) {
        return false;
      }
    });

    assertThat(won).containsOnlyOnce(true);
  }

  /** Runs {@code task} on {@code n} threads at once and collects the results. */
  protected static <T> List<T> race(int n, IntTask<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit((Callable<T>) () -> task.run(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A task given its index. */
  @FunctionalInterface
  protected interface IntTask<T> {
    T run(int index) throws Exception;
  }
}
