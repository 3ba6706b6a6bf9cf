package dev.rocky.sfn;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.StoreErrorCode;
import dev.rocky.testkit.fake.ForwardingStateStore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A state store that is throttled: the first {@code failures} claims of idempotency keys ending
 * in {@code |<model>} fail with {@code STATE_BUSY} (transient), as DynamoDB throttling surfaces;
 * everything else goes to the real store. The execute function turns it into a
 * {@code RockyTransientError}, which the state machine retries.
 */
final class FlakyStateStore extends ForwardingStateStore {
  private final String model;
  private final AtomicInteger failures;

  FlakyStateStore(StateStore store, String model, int failures) {
    super(store);
    this.model = model;
    this.failures = new AtomicInteger(failures);
  }

  @Override
  public IdempotencyClaim claimIdempotencyKey(String key, String runId, IdempotencyPolicy policy) {
    if (key.endsWith("|" + model) && failures.getAndDecrement() > 0) {
      throw new RockyException(StoreErrorCode.STATE_BUSY, "injected: the state table is throttled");
    }
    return delegate.claimIdempotencyKey(key, runId, policy);
  }
}
