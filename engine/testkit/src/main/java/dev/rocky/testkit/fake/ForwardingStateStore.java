package dev.rocky.testkit.fake;

import dev.rocky.core.port.StateStore;
import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.IdempotencyRecord;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.RunLease;
import dev.rocky.core.state.Watermark;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A state store that hands every call to another: fault-injecting test stores extend it and
 * override only the call they break.
 */
public abstract class ForwardingStateStore implements StateStore {
  protected final StateStore delegate;

  protected ForwardingStateStore(StateStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public void commitModelResult(ModelCommit commit) {
    delegate.commitModelResult(commit);
  }

  @Override
  public Optional<Watermark> watermark(String targetKey) {
    return delegate.watermark(targetKey);
  }

  @Override
  public boolean advanceWatermark(String targetKey, Watermark watermark) {
    return delegate.advanceWatermark(targetKey, watermark);
  }

  @Override
  public void resetWatermark(String targetKey) {
    delegate.resetWatermark(targetKey);
  }

  @Override
  public void putPartition(PartitionRecord partition) {
    delegate.putPartition(partition);
  }

  @Override
  public Optional<PartitionRecord> partition(String modelName, String partitionKey) {
    return delegate.partition(modelName, partitionKey);
  }

  @Override
  public List<PartitionRecord> partitions(String modelName) {
    return delegate.partitions(modelName);
  }

  @Override
  public List<ModelExecution> modelExecutions(String runId) {
    return delegate.modelExecutions(runId);
  }

  @Override
  public Optional<ModelExecution> modelExecution(String runId, String modelName) {
    return delegate.modelExecution(runId, modelName);
  }

  @Override
  public void recordRun(RunRecord run) {
    delegate.recordRun(run);
  }

  @Override
  public Optional<RunRecord> run(String runId) {
    return delegate.run(runId);
  }

  @Override
  public List<RunRecord> recentRuns(int limit) {
    return delegate.recentRuns(limit);
  }

  @Override
  public IdempotencyClaim claimIdempotencyKey(String key, String runId, IdempotencyPolicy policy) {
    return delegate.claimIdempotencyKey(key, runId, policy);
  }

  @Override
  public void finishIdempotencyKey(String key, String runId, IdempotencyState outcome, IdempotencyPolicy policy) {
    delegate.finishIdempotencyKey(key, runId, outcome, policy);
  }

  @Override
  public Optional<IdempotencyRecord> idempotencyRecord(String key) {
    return delegate.idempotencyRecord(key);
  }

  @Override
  public RunLease acquireLease(String owner, Duration ttl) {
    return delegate.acquireLease(owner, ttl);
  }

  @Override
  public RunLease renewLease(String owner, Duration ttl) {
    return delegate.renewLease(owner, ttl);
  }

  @Override
  public void releaseLease(String owner) {
    delegate.releaseLease(owner);
  }

  @Override
  public Optional<RunLease> currentLease() {
    return delegate.currentLease();
  }

  @Override
  public boolean createBranch(BranchRecord branch) {
    return delegate.createBranch(branch);
  }

  @Override
  public Optional<BranchRecord> branch(String name) {
    return delegate.branch(name);
  }

  @Override
  public List<BranchRecord> branches() {
    return delegate.branches();
  }

  @Override
  public boolean deleteBranch(String name) {
    return delegate.deleteBranch(name);
  }

  @Override
  public void recordPromotion(PromotionRecord promotion) {
    delegate.recordPromotion(promotion);
  }

  @Override
  public List<PromotionRecord> promotions(int limit) {
    return delegate.promotions(limit);
  }
}
