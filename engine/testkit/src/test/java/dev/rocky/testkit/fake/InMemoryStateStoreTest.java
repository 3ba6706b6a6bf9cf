package dev.rocky.testkit.fake;

import dev.rocky.core.port.StateStore;
import dev.rocky.testkit.contract.StateStoreContract;
import java.time.Clock;

class InMemoryStateStoreTest extends StateStoreContract {
  @Override
  protected StateStore newStore(Clock clock) {
    return new InMemoryStateStore(clock);
  }

  @Override
  protected void failCommitsBeforeWatermark(StateStore store) {
    ((InMemoryStateStore) store).failCommitsBeforeWatermark(true);
  }

  @Override
  protected void stopFailingCommits(StateStore store) {
    ((InMemoryStateStore) store).failCommitsBeforeWatermark(false);
  }
}
