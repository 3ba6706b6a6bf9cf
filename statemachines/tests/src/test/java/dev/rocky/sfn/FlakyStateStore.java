package dev.rocky.sfn;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.IdempotencyRecord;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.RunLease;
import dev.rocky.core.state.StoreErrorCode;
import dev.rocky.core.state.Watermark;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A state store that is throttled: the first {@code failures} claims of idempotency keys ending
 * in {@code |<model>} fail with {@code STATE_BUSY} (transient), as DynamoDB throttling surfaces;
 * everything else goes to the real store. The execute function turns it into a
 * {@code RockyTransientError}, which the state machine retries.
 */
final class FlakyStateStore implements StateStore {
  private final StateStore store;
  private final String model;
  private final AtomicInteger failures;

  FlakyStateStore(StateStore store, String model, int failures) {
    this.store = store;
    this.model = model;
    this.failures = new AtomicInteger(failures);
  }

  @Override
  public IdempotencyClaim claimIdempotencyKey(String key, String runId, IdempotencyPolicy policy) {
    if (key.endsWith("|" + model) && failures.getAndDecrement() > 0) {
      throw new RockyException(StoreErrorCode.STATE_BUSY, "injected: the state table is throttled");
    }
    return store.claimIdempotencyKey(key, runId, policy);
  }

  @Override
  public Optional<Watermark> watermark(String targetKey) {
    return store.watermark(targetKey);
  }

  @Override
  public boolean advanceWatermark(String targetKey, Watermark watermark) {
    return store.advanceWatermark(targetKey, watermark);
  }

  @Override
  public void resetWatermark(String targetKey) {
    store.resetWatermark(targetKey);
  }

  @Override
  public void putPartition(PartitionRecord partition) {
    store.putPartition(partition);
  }

  @Override
  public Optional<PartitionRecord> partition(String modelName, String partitionKey) {
    return store.partition(modelName, partitionKey);
  }

  @Override
  public List<PartitionRecord> partitions(String modelName) {
    return store.partitions(modelName);
  }

  @Override
  public void commitModelResult(ModelCommit commit) {
    store.commitModelResult(commit);
  }

  @Override
  public List<ModelExecution> modelExecutions(String runId) {
    return store.modelExecutions(runId);
  }

  @Override
  public Optional<ModelExecution> modelExecution(String runId, String modelName) {
    return store.modelExecution(runId, modelName);
  }

  @Override
  public void recordRun(RunRecord run) {
    store.recordRun(run);
  }

  @Override
  public Optional<RunRecord> run(String runId) {
    return store.run(runId);
  }

  @Override
  public List<RunRecord> recentRuns(int limit) {
    return store.recentRuns(limit);
  }

  @Override
  public void finishIdempotencyKey(String key, String runId, IdempotencyState outcome, IdempotencyPolicy policy) {
    store.finishIdempotencyKey(key, runId, outcome, policy);
  }

  @Override
  public Optional<IdempotencyRecord> idempotencyRecord(String key) {
    return store.idempotencyRecord(key);
  }

  @Override
  public RunLease acquireLease(String owner, Duration ttl) {
    return store.acquireLease(owner, ttl);
  }

  @Override
  public RunLease renewLease(String owner, Duration ttl) {
    return store.renewLease(owner, ttl);
  }

  @Override
  public void releaseLease(String owner) {
    store.releaseLease(owner);
  }

  @Override
  public Optional<RunLease> currentLease() {
    return store.currentLease();
  }
}
