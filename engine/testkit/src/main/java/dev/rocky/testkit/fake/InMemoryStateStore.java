package dev.rocky.testkit.fake;

import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.IdempotencyRecord;
import dev.rocky.core.state.IdempotencyRules;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.LeaseRules;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.RowCountSnapshot;
import dev.rocky.core.state.RunLease;
import dev.rocky.core.state.StateKeys;
import dev.rocky.core.state.StoreErrorCode;
import dev.rocky.core.state.Watermark;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A state store in memory, for tests of the services that use one. Every method is synchronized,
 * so each is atomic; {@link #commitModelResult} restores what it changed when it fails, and
 * {@link #failCommitsBeforeWatermark} makes it fail on purpose.
 */
public final class InMemoryStateStore implements StateStore {
  private final Clock clock;
  private Map<String, Watermark> watermarks = new HashMap<>();
  private Map<String, TreeMap<String, PartitionRecord>> partitions = new HashMap<>();
  private Map<String, LinkedHashMap<String, ModelExecution>> executions = new HashMap<>();
  private final Map<String, RunRecord> runs = new HashMap<>();
  private final Map<String, IdempotencyRecord> idempotency = new HashMap<>();
  private final Map<String, List<RowCountSnapshot>> rowCounts = new HashMap<>();
  private @Nullable RunLease lease;
  private final TreeMap<String, BranchRecord> branches = new TreeMap<>();
  private final Map<String, PromotionRecord> promotions = new HashMap<>();
  private boolean failCommits;

  public InMemoryStateStore() {
    this(Clock.systemUTC());
  }

  public InMemoryStateStore(Clock clock) {
    this.clock = clock;
  }

  /** Makes {@link #commitModelResult} fail after storing the execution, before the watermark (or stop doing so). */
  public synchronized void failCommitsBeforeWatermark(boolean fail) {
    failCommits = fail;
  }

  @Override
  public synchronized Optional<Watermark> watermark(String targetKey) {
    return Optional.ofNullable(watermarks.get(targetKey));
  }

  @Override
  public synchronized boolean advanceWatermark(String targetKey, Watermark watermark) {
    StateKeys.requireValid(targetKey, "targetKey");
    Watermark current = watermarks.get(targetKey);
    if (current != null && !watermark.isAfter(current)) {
      return false;
    }
    watermarks.put(targetKey, watermark);
    return true;
  }

  @Override
  public synchronized void resetWatermark(String targetKey) {
    watermarks.remove(targetKey);
  }

  @Override
  public synchronized void putPartition(PartitionRecord partition) {
    partitions.computeIfAbsent(partition.modelName(), m -> new TreeMap<>()).put(partition.partitionKey(), partition);
  }

  @Override
  public synchronized Optional<PartitionRecord> partition(String modelName, String partitionKey) {
    return Optional.ofNullable(partitions.getOrDefault(modelName, new TreeMap<>()).get(partitionKey));
  }

  @Override
  public synchronized List<PartitionRecord> partitions(String modelName) {
    return List.copyOf(partitions.getOrDefault(modelName, new TreeMap<>()).values());
  }

  @Override
  public synchronized void commitModelResult(ModelCommit commit) {
    Map<String, Watermark> savedWatermarks = new HashMap<>(watermarks);
    Map<String, TreeMap<String, PartitionRecord>> savedPartitions = new HashMap<>();
    partitions.forEach((model, byKey) -> savedPartitions.put(model, new TreeMap<>(byKey)));
    Map<String, LinkedHashMap<String, ModelExecution>> savedExecutions = new HashMap<>();
    executions.forEach((run, byModel) -> savedExecutions.put(run, new LinkedHashMap<>(byModel)));
    try {
      putExecution(commit.runId(), commit.execution());
      commit.partitions().forEach(this::putPartition);
      if (failCommits) {
        throw new RockyException(StoreErrorCode.STATE_WRITE_FAILED, "injected failure before the watermark write");
      }
      if (commit.watermark() != null) {
        advanceWatermark(commit.watermark().targetKey(), commit.watermark().watermark());
      }
    } catch (RuntimeException e) {
      watermarks = savedWatermarks;
      partitions = savedPartitions;
      executions = savedExecutions;
      throw e;
    }
  }

  private void putExecution(String runId, ModelExecution execution) {
    executions.computeIfAbsent(runId, r -> new LinkedHashMap<>()).put(execution.modelName(), execution);
  }

  @Override
  public synchronized List<ModelExecution> modelExecutions(String runId) {
    return List.copyOf(executions.getOrDefault(runId, new LinkedHashMap<>()).values());
  }

  @Override
  public synchronized void recordRun(RunRecord run) {
    StateKeys.requireValid(run.runId(), "runId");
    run.modelsExecuted().forEach(e -> putExecution(run.runId(), e));
    runs.put(run.runId(), run.withModelsExecuted(List.of()));
  }

  @Override
  public synchronized Optional<RunRecord> run(String runId) {
    RunRecord header = runs.get(runId);
    return header == null ? Optional.empty() : Optional.of(header.withModelsExecuted(modelExecutions(runId)));
  }

  @Override
  public synchronized List<RunRecord> recentRuns(int limit) {
    List<RunRecord> all = new ArrayList<>(runs.values());
    all.sort(Comparator.comparing(RunRecord::startedAt).thenComparing(RunRecord::runId).reversed());
    return all.stream().limit(Math.max(0, limit)).map(r -> r.withModelsExecuted(modelExecutions(r.runId()))).toList();
  }

  @Override
  public synchronized void appendRowCount(String tableKey, RowCountSnapshot snapshot, int keep) {
    StateKeys.requireValid(tableKey, "tableKey");
    List<RowCountSnapshot> history = rowCounts.computeIfAbsent(tableKey, k -> new ArrayList<>());
    history.add(snapshot);
    while (history.size() > Math.max(0, keep)) {
      history.removeFirst();
    }
  }

  @Override
  public synchronized List<RowCountSnapshot> rowCounts(String tableKey) {
    return List.copyOf(rowCounts.getOrDefault(tableKey, List.of()));
  }

  @Override
  public synchronized IdempotencyClaim claimIdempotencyKey(String key, String runId, IdempotencyPolicy policy) {
    IdempotencyRules.ClaimDecision decision =
        IdempotencyRules.claim(Optional.ofNullable(idempotency.get(key)), key, runId, policy, clock.instant());
    if (decision.toStore() != null) {
      idempotency.put(key, decision.toStore());
    }
    return decision.claim();
  }

  @Override
  public synchronized void finishIdempotencyKey(
      String key, String runId, IdempotencyState outcome, IdempotencyPolicy policy) {
    Optional<IdempotencyRecord> next = IdempotencyRules.finish(
        Optional.ofNullable(idempotency.get(key)), key, runId, outcome, policy, clock.instant());
    next.ifPresentOrElse(r -> idempotency.put(key, r), () -> idempotency.remove(key));
  }

  @Override
  public synchronized Optional<IdempotencyRecord> idempotencyRecord(String key) {
    return Optional.ofNullable(idempotency.get(key));
  }

  @Override
  public synchronized RunLease acquireLease(String owner, Duration ttl) {
    lease = LeaseRules.acquire(Optional.ofNullable(lease), owner, ttl, clock.instant());
    return lease;
  }

  @Override
  public synchronized RunLease renewLease(String owner, Duration ttl) {
    lease = LeaseRules.renew(Optional.ofNullable(lease), owner, ttl, clock.instant());
    return lease;
  }

  @Override
  public synchronized void releaseLease(String owner) {
    if (LeaseRules.mayRelease(Optional.ofNullable(lease), owner)) {
      lease = null;
    }
  }

  @Override
  public synchronized Optional<RunLease> currentLease() {
    return Optional.ofNullable(lease).filter(l -> !l.isExpiredAt(clock.instant()));
  }

  @Override
  public synchronized boolean createBranch(BranchRecord branch) {
    return branches.putIfAbsent(branch.name(), branch) == null;
  }

  @Override
  public synchronized Optional<BranchRecord> branch(String name) {
    return Optional.ofNullable(branches.get(name));
  }

  @Override
  public synchronized List<BranchRecord> branches() {
    return List.copyOf(branches.values());
  }

  @Override
  public synchronized boolean deleteBranch(String name) {
    return branches.remove(name) != null;
  }

  @Override
  public synchronized void recordPromotion(PromotionRecord promotion) {
    StateKeys.requireValid(promotion.promotionId(), "promotionId");
    promotions.put(promotion.promotionId(), promotion);
  }

  @Override
  public synchronized List<PromotionRecord> promotions(int limit) {
    return promotions.values().stream()
        .sorted(Comparator.comparing(PromotionRecord::promotedAt).thenComparing(PromotionRecord::promotionId).reversed())
        .limit(Math.max(0, limit)).toList();
  }
}
