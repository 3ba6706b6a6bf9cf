package dev.rocky.core.memory;

import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.branch.PromotionRecord;
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
 * A state store in memory, applying the shared rules like every store. Every method is
 * synchronized; a commit works on copies and swaps them in at the end, so a commit that fails
 * leaves nothing. {@code beforeWatermark} runs inside each commit, between the execution and the
 * watermark (a fault-injection point for the contract suite; a no-op otherwise).
 */
public class MemoryStateStore implements StateStore {
  private final Clock clock;
  private final Runnable beforeWatermark;
  private Map<String, Watermark> watermarks = new HashMap<>();
  private Map<String, TreeMap<String, PartitionRecord>> partitions = new HashMap<>();
  private Map<String, LinkedHashMap<String, ModelExecution>> executions = new HashMap<>();
  private final Map<String, RunRecord> runs = new HashMap<>();
  private final Map<String, IdempotencyRecord> keys = new HashMap<>();
  private final Map<String, List<RowCountSnapshot>> rowCounts = new HashMap<>();
  private final Map<String, BranchRecord> branches = new TreeMap<>();
  private final Map<String, PromotionRecord> promotions = new HashMap<>();
  private @Nullable RunLease lease;

  public MemoryStateStore(Clock clock) {
    this(clock, () -> {});
  }

  public MemoryStateStore(Clock clock, Runnable beforeWatermark) {
    this.clock = clock;
    this.beforeWatermark = beforeWatermark;
  }

  @Override
  public synchronized Optional<Watermark> watermark(String targetKey) {
    return Optional.ofNullable(watermarks.get(targetKey));
  }

  @Override
  public synchronized boolean advanceWatermark(String targetKey, Watermark watermark) {
    return advance(watermarks, StateKeys.requireValid(targetKey, "targetKey"), watermark);
  }

  private static boolean advance(Map<String, Watermark> into, String targetKey, Watermark watermark) {
    Watermark current = into.get(targetKey);
    if (current != null && !watermark.isAfter(current)) {
      return false;
    }
    into.put(targetKey, watermark);
    return true;
  }

  @Override
  public synchronized void resetWatermark(String targetKey) {
    watermarks.remove(targetKey);
  }

  @Override
  public synchronized void putPartition(PartitionRecord p) {
    partitions.computeIfAbsent(p.modelName(), m -> new TreeMap<>()).put(p.partitionKey(), p);
  }

  @Override
  public synchronized Optional<PartitionRecord> partition(String modelName, String partitionKey) {
    return Optional.ofNullable(partitions.getOrDefault(modelName, new TreeMap<>()).get(partitionKey));
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
  public synchronized List<PartitionRecord> partitions(String modelName) {
    return List.copyOf(partitions.getOrDefault(modelName, new TreeMap<>()).values());
  }

  @Override
  public synchronized void commitModelResult(ModelCommit commit) {
    Map<String, LinkedHashMap<String, ModelExecution>> nextExecutions = new HashMap<>();
    executions.forEach((run, byModel) -> nextExecutions.put(run, new LinkedHashMap<>(byModel)));
    Map<String, TreeMap<String, PartitionRecord>> nextPartitions = new HashMap<>();
    partitions.forEach((model, byKey) -> nextPartitions.put(model, new TreeMap<>(byKey)));
    Map<String, Watermark> nextWatermarks = new HashMap<>(watermarks);

    nextExecutions.computeIfAbsent(commit.runId(), r -> new LinkedHashMap<>())
        .put(commit.execution().modelName(), commit.execution());
    commit.partitions().forEach(p -> nextPartitions.computeIfAbsent(p.modelName(), m -> new TreeMap<>())
        .put(p.partitionKey(), p));
    beforeWatermark.run();
    if (commit.watermark() != null) {
      advance(nextWatermarks, commit.watermark().targetKey(), commit.watermark().watermark());
    }
    executions = nextExecutions;
    partitions = nextPartitions;
    watermarks = nextWatermarks;
  }

  @Override
  public synchronized List<ModelExecution> modelExecutions(String runId) {
    return List.copyOf(executions.getOrDefault(runId, new LinkedHashMap<>()).values());
  }

  @Override
  public synchronized Optional<ModelExecution> modelExecution(String runId, String modelName) {
    return Optional.ofNullable(executions.getOrDefault(runId, new LinkedHashMap<>()).get(modelName));
  }

  @Override
  public synchronized void recordRun(RunRecord run) {
    StateKeys.requireValid(run.runId(), "runId");
    run.modelsExecuted().forEach(e ->
        executions.computeIfAbsent(run.runId(), r -> new LinkedHashMap<>()).put(e.modelName(), e));
    runs.put(run.runId(), run.withModelsExecuted(List.of()));
  }

  @Override
  public synchronized Optional<RunRecord> run(String runId) {
    return Optional.ofNullable(runs.get(runId)).map(h -> h.withModelsExecuted(modelExecutions(runId)));
  }

  @Override
  public synchronized List<RunRecord> recentRuns(int limit) {
    List<RunRecord> all = new ArrayList<>(runs.values());
    all.sort(Comparator.comparing(RunRecord::startedAt).thenComparing(RunRecord::runId).reversed());
    return all.stream().limit(Math.max(0, limit)).map(r -> r.withModelsExecuted(modelExecutions(r.runId()))).toList();
  }

  @Override
  public synchronized IdempotencyClaim claimIdempotencyKey(String key, String runId, IdempotencyPolicy policy) {
    IdempotencyRules.ClaimDecision decision =
        IdempotencyRules.claim(Optional.ofNullable(keys.get(key)), key, runId, policy, clock.instant());
    if (decision.toStore() != null) {
      keys.put(key, decision.toStore());
    }
    return decision.claim();
  }

  @Override
  public synchronized void finishIdempotencyKey(String key, String runId, IdempotencyState outcome,
      IdempotencyPolicy policy) {
    IdempotencyRules.finish(Optional.ofNullable(keys.get(key)), key, runId, outcome, policy, clock.instant())
        .ifPresentOrElse(r -> keys.put(key, r), () -> keys.remove(key));
  }

  @Override
  public synchronized Optional<IdempotencyRecord> idempotencyRecord(String key) {
    return Optional.ofNullable(keys.get(key));
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
