package dev.rocky.core.port;

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
import dev.rocky.core.state.RowCountSnapshot;
import dev.rocky.core.state.RunLease;
import dev.rocky.core.state.Watermark;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the engine remembers between runs: watermarks, partitions, run records, idempotency keys,
 * the run lease, and (optionally) branches and promotions. Every method is atomic, and multi-step updates happen in one transaction.
 * Time comes from the store's clock. Failures are {@link dev.rocky.core.error.RockyException}s
 * with a {@link dev.rocky.core.state.StoreErrorCode}.
 */
public interface StateStore extends AutoCloseable {

  // --- watermarks, keyed by the target's catalog.schema.table ---

  Optional<Watermark> watermark(String targetKey);

  /**
   * Stores {@code watermark} if it is ahead of the stored one (or none is stored).
   *
   * @return whether the watermark moved
   */
  boolean advanceWatermark(String targetKey, Watermark watermark);

  /** Forgets a target's watermark, e.g. before a full refresh rebuilds it from scratch. */
  void resetWatermark(String targetKey);

  // --- time-interval partitions, keyed model|partition_key ---

  /** Stores a partition's record, replacing the previous one. */
  void putPartition(PartitionRecord partition);

  Optional<PartitionRecord> partition(String modelName, String partitionKey);

  /** A model's partitions, sorted by partition key. */
  List<PartitionRecord> partitions(String modelName);

  // --- model results and run records ---

  /**
   * In one transaction: stores the model's execution under its run (replacing an earlier one for
   * the same model), its partitions, and advances its watermark (forward only). If anything fails,
   * nothing of it is stored.
   */
  void commitModelResult(ModelCommit commit);

  /**
   * Commits several models' results, each as {@link #commitModelResult} does, in order: what a
   * run has finished while the previous commit was being written. A store may write them in one
   * transaction (then a failure stores none of them); by default they are committed one by one.
   */
  default void commitModelResults(List<ModelCommit> commits) {
    commits.forEach(this::commitModelResult);
  }

  /** The executions committed for a run so far, in commit order; works for unfinished runs. */
  List<ModelExecution> modelExecutions(String runId);

  /**
   * The execution committed for one model of a run, if any: a keyed read, however many models the
   * run has (the execute function asks it once per model).
   */
  Optional<ModelExecution> modelExecution(String runId, String modelName);

  /**
   * Stores a finished run's record; its executions are stored as by {@link #commitModelResult}
   * (without watermarks), and executions committed earlier and not listed are kept.
   */
  void recordRun(RunRecord run);

  /** A recorded run, with every execution committed for it in commit order. */
  Optional<RunRecord> run(String runId);

  /** Recorded runs, newest start first, at most {@code limit}. */
  List<RunRecord> recentRuns(int limit);

  // --- idempotency keys ---

  /**
   * Claims {@code key} for {@code runId} atomically: {@code Claimed} when it was free, lapsed or
   * adoptable (an in-flight claim past its TTL); {@code Completed} with the earlier run's id when a
   * run already finished under it; {@code HeldInFlight} when another live run holds it.
   */
  IdempotencyClaim claimIdempotencyKey(String key, String runId, IdempotencyPolicy policy);

  /**
   * Moves {@code runId}'s claim on {@code key} to {@code outcome} (Succeeded or Failed).
   *
   * @throws dev.rocky.core.state.StateConflictException when {@code runId} does not hold the key
   */
  void finishIdempotencyKey(String key, String runId, IdempotencyState outcome, IdempotencyPolicy policy);

  Optional<IdempotencyRecord> idempotencyRecord(String key);

  // --- the run lease: one active run per project ---

  /**
   * Takes the project's run lease for {@code ttl}, or renews it when {@code owner} holds it.
   *
   * @throws dev.rocky.core.state.LeaseHeldException when another owner holds a live lease
   */
  RunLease acquireLease(String owner, Duration ttl);

  /**
   * Extends the lease {@code owner} holds.
   *
   * @throws dev.rocky.core.state.StateConflictException when the lease was lost to someone else
   */
  RunLease renewLease(String owner, Duration ttl);

  /** Gives the lease up; does nothing when {@code owner} does not hold it. */
  void releaseLease(String owner);

  /** The live lease, if any (a lapsed lease is not returned). */
  Optional<RunLease> currentLease();

  // --- branches and promotions (optional: a store without them fails loudly) ---

  /**
   * Stores a new branch.
   *
   * @return false, storing nothing, when a branch of that name exists
   */
  default boolean createBranch(BranchRecord branch) {
    throw unsupported("branches");
  }

  default Optional<BranchRecord> branch(String name) {
    throw unsupported("branches");
  }

  /** Every branch, sorted by name. */
  default List<BranchRecord> branches() {
    throw unsupported("branches");
  }

  /** Forgets a branch (its tables stay); returns whether it existed. Its promotions are kept. */
  default boolean deleteBranch(String name) {
    throw unsupported("branches");
  }

  /** Appends a promotion to the audit trail. */
  default void recordPromotion(PromotionRecord promotion) {
    throw unsupported("promotions");
  }

  /** Promotions, newest first, at most {@code limit}. */
  default List<PromotionRecord> promotions(int limit) {
    throw unsupported("promotions");
  }

  private UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException(getClass().getSimpleName() + " does not keep " + what);
  }

  // --- check history: row counts of checked tables, the baseline of anomaly detection ---

  /**
   * Appends a table's row count, keyed by its {@code catalog.schema.table}; only the newest
   * {@code keep} snapshots of the table are kept.
   */
  default void appendRowCount(String tableKey, RowCountSnapshot snapshot, int keep) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no check history");
  }

  /** A table's row-count snapshots, oldest first (at most the {@code keep} last appended). */
  default List<RowCountSnapshot> rowCounts(String tableKey) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no check history");
  }

  @Override
  default void close() {}
}
