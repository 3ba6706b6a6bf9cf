package dev.rocky.testkit.fake;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.core.state.StoreErrorCode;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The in-memory state store, plus what tests need: {@link #failCommitsBeforeWatermark} makes
 * {@code commitModelResult} fail after storing the execution, before the watermark, and the
 * store shows that nothing of the failed commit remains.
 */
public final class InMemoryStateStore extends MemoryStateStore {
  private final AtomicBoolean failCommits;

  public InMemoryStateStore() {
    this(Clock.systemUTC());
  }

  public InMemoryStateStore(Clock clock) {
    this(clock, new AtomicBoolean());
  }

  private InMemoryStateStore(Clock clock, AtomicBoolean failCommits) {
    super(clock, () -> {
      if (failCommits.get()) {
        throw new RockyException(StoreErrorCode.STATE_WRITE_FAILED, "injected failure before the watermark write");
      }
    });
    this.failCommits = failCommits;
  }

  /** Makes {@code commitModelResult} fail after storing the execution, before the watermark (or stop doing so). */
  public void failCommitsBeforeWatermark(boolean fail) {
    failCommits.set(fail);
  }
}
