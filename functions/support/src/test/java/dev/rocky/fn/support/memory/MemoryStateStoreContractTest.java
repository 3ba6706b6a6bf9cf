package dev.rocky.fn.support.memory;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.state.StoreErrorCode;
import dev.rocky.testkit.contract.StateStoreContract;
import java.time.Clock;

/** The priming state store is a store like any other. */
class MemoryStateStoreContractTest extends StateStoreContract {
  private volatile boolean failing;

  @Override
  protected StateStore newStore(Clock clock) {
    return new MemoryStateStore(clock, () -> {
      if (failing) {
        throw new RockyException(StoreErrorCode.STATE_WRITE_FAILED, "injected failure before the watermark write");
      }
    });
  }

  @Override
  protected void failCommitsBeforeWatermark(StateStore store) {
    failing = true;
  }

  @Override
  protected void stopFailingCommits(StateStore store) {
    failing = false;
  }
}
