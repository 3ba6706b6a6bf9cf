package dev.rocky.testkit.contract;

import static dev.rocky.testkit.contract.StateFixtures.T0;
import static dev.rocky.testkit.contract.StateFixtures.advance;
import static dev.rocky.testkit.contract.StateFixtures.partition;
import static dev.rocky.testkit.contract.StateFixtures.watermark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.PartitionStatus;
import dev.rocky.core.state.RowCountSnapshot;
import dev.rocky.core.state.Watermark;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StateStore} does: watermarks that only move forward, model results committed
 * atomically with their watermark, partitions, run records that round-trip every field (recipe
 * identities included), branches and promotions, plus the idempotency and lease rules of
 * {@link StateStoreCoordinationContract}.
 */
public abstract class StateStoreContract extends StateStoreCoordinationContract {
  private static final String ORDERS = "warehouse.raw.orders";
  private static final String RUN = StateFixtures.runId(T0);

  /**
   * Makes every {@link StateStore#commitModelResult} of {@code store} fail after it has written the
   * execution and before it advances the watermark, as a crash or a full disk would.
   */
  protected abstract void failCommitsBeforeWatermark(StateStore store);

  /** Undoes {@link #failCommitsBeforeWatermark}. */
  protected abstract void stopFailingCommits(StateStore store);

  @Test
  void aWatermarkOnlyMovesForward() {
    assertThat(store.watermark(ORDERS)).isEmpty();
    Watermark first = watermark("2026-02-01T00:00:00Z", T0);

    assertThat(store.advanceWatermark(ORDERS, first)).isTrue();
    assertThat(store.advanceWatermark(ORDERS, watermark("2026-01-15T00:00:00Z", T0.plusSeconds(1)))).isFalse();
    assertThat(store.advanceWatermark(ORDERS, watermark("2026-02-01T00:00:00Z", T0.plusSeconds(2)))).isFalse();
    assertThat(store.watermark(ORDERS)).contains(first);

    Watermark later = watermark("2026-02-01T00:00:00.000001Z", T0.plusSeconds(3));
    assertThat(store.advanceWatermark(ORDERS, later)).isTrue();
    assertThat(store.watermark(ORDERS)).contains(later);
    assertThat(store.watermark("warehouse.raw.customers")).isEmpty();
  }

  @Test
  void aResetWatermarkStartsOver() {
    store.advanceWatermark(ORDERS, watermark("2026-02-01T00:00:00Z", T0));
    store.resetWatermark(ORDERS);

    assertThat(store.watermark(ORDERS)).isEmpty();
    assertThat(store.advanceWatermark(ORDERS, watermark("2025-01-01T00:00:00Z", T0))).isTrue();
  }

  @Test
  void aCommitStoresTheExecutionPartitionsAndWatermarkTogether() {
    ModelExecution execution = StateFixtures.succeeded("orders", T0);
    PartitionRecord day = partition("orders", "2026-02-28", PartitionStatus.COMPUTED, RUN);

    store.commitModelResult(new ModelCommit(RUN, execution, advance(ORDERS, "2026-02-28T23:59:59Z", T0), List.of(day)));

    assertThat(store.modelExecutions(RUN)).containsExactly(execution);
    assertThat(store.partition("orders", "2026-02-28")).contains(day);
    assertThat(store.watermark(ORDERS)).contains(watermark("2026-02-28T23:59:59Z", T0));
  }

  @Test
  void aCommitNeverMovesAWatermarkBack() {
    store.advanceWatermark(ORDERS, watermark("2026-02-28T00:00:00Z", T0));

    store.commitModelResult(ModelCommit.of(RUN, StateFixtures.succeeded("orders", T0), advance(ORDERS, "2026-01-01T00:00:00Z", T0)));

    assertThat(store.modelExecutions(RUN)).hasSize(1);
    assertThat(store.watermark(ORDERS)).contains(watermark("2026-02-28T00:00:00Z", T0));
  }

  @Test
  void aFailedCommitLeavesNeitherTheExecutionNorTheWatermark() {
    Watermark before = watermark("2026-02-01T00:00:00Z", T0);
    store.advanceWatermark(ORDERS, before);
    ModelExecution earlier = StateFixtures.succeeded("customers", T0);
    store.commitModelResult(ModelCommit.of(RUN, earlier));
    failCommitsBeforeWatermark(store);

    assertThatThrownBy(() -> store.commitModelResult(new ModelCommit(RUN, StateFixtures.succeeded("orders", T0),
        advance(ORDERS, "2026-02-28T00:00:00Z", T0), List.of(partition("orders", "2026-02-28", PartitionStatus.COMPUTED, RUN)))))
        .isInstanceOf(RockyException.class);

    assertThat(store.modelExecutions(RUN)).containsExactly(earlier);
    assertThat(store.watermark(ORDERS)).contains(before);
    assertThat(store.partitions("orders")).isEmpty();
    stopFailingCommits(store);
    store.commitModelResult(ModelCommit.of(RUN, StateFixtures.succeeded("orders", T0), advance(ORDERS, "2026-02-28T00:00:00Z", T0)));
    assertThat(store.watermark(ORDERS)).contains(watermark("2026-02-28T00:00:00Z", T0));
  }

  @Test
  void aFailedModelCannotCarryAWatermark() {
    assertThatThrownBy(() -> ModelCommit.of(RUN, StateFixtures.failed("orders", T0), advance(ORDERS, "2026-02-28T00:00:00Z", T0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keeps its old watermark");
  }

  @Test
  void recommittingAModelReplacesItsExecutionInPlace() {
    store.commitModelResult(ModelCommit.of(RUN, StateFixtures.failed("orders", T0)));
    store.commitModelResult(ModelCommit.of(RUN, StateFixtures.succeeded("customers", T0)));
    ModelExecution retried = StateFixtures.succeeded("orders", T0.plusSeconds(10));
    store.commitModelResult(ModelCommit.of(RUN, retried));

    assertThat(store.modelExecutions(RUN)).extracting(ModelExecution::modelName).containsExactly("orders", "customers");
    assertThat(store.modelExecutions(RUN).get(0)).isEqualTo(retried);
    assertThat(store.modelExecutions("run-20990101-000000-000")).isEmpty();
  }

  @Test
  void oneModelsExecutionIsReadByRunAndModel() {
    store.commitModelResult(ModelCommit.of(RUN, StateFixtures.failed("orders", T0)));
    store.commitModelResult(ModelCommit.of(RUN, StateFixtures.succeeded("customers", T0)));
    ModelExecution retried = StateFixtures.succeeded("orders", T0.plusSeconds(10));
    store.commitModelResult(ModelCommit.of(RUN, retried));
    ModelExecution listed = StateFixtures.failed("payments", T0.plusSeconds(20));
    store.recordRun(StateFixtures.minimal(T0, List.of(listed)));

    assertThat(store.modelExecution(RUN, "orders")).contains(retried);
    assertThat(store.modelExecution(RUN, "payments")).contains(listed);
    assertThat(store.modelExecution(RUN, "nothing")).isEmpty();
    assertThat(store.modelExecution("run-20990101-000000-000", "orders")).isEmpty();
  }

  @Test
  void partitionsAreKeptPerModelSortedAndReplaced() {
    store.putPartition(partition("orders", "2026-02-02", PartitionStatus.IN_PROGRESS, RUN));
    store.putPartition(partition("orders", "2026-02-01", PartitionStatus.FAILED, RUN));
    store.putPartition(partition("events", "2026-02-01T10", PartitionStatus.COMPUTED, RUN));
    PartitionRecord done = partition("orders", "2026-02-02", PartitionStatus.COMPUTED, RUN);
    store.putPartition(done);

    assertThat(store.partitions("orders")).extracting(PartitionRecord::partitionKey).containsExactly("2026-02-01", "2026-02-02");
    assertThat(store.partition("orders", "2026-02-02")).contains(done);
    assertThat(store.partition("orders", "2026-02-03")).isEmpty();
    assertThat(store.partitions("nothing")).isEmpty();
  }

  @Test
  void aRunRecordRoundTripsEveryField() {
    RunRecord run = StateFixtures.everyField(T0, List.of(
        StateFixtures.everyField("orders", T0.plusMillis(1)), StateFixtures.failed("customers", T0.plusMillis(2))));

    store.recordRun(run);

    assertThat(store.run(run.runId())).contains(run);
    assertThat(store.recentRuns(10)).containsExactly(run);
    assertThat(store.run("run-20990101-000000-000")).isEmpty();
  }

  @Test
  void aRunHasTheExecutionsCommittedBeforeItWasRecorded() {
    ModelExecution committed = StateFixtures.succeeded("orders", T0);
    store.commitModelResult(ModelCommit.of(RUN, committed));
    ModelExecution listed = StateFixtures.failed("customers", T0.plusSeconds(1));

    store.recordRun(StateFixtures.minimal(T0, List.of(listed)));

    assertThat(store.run(RUN)).hasValueSatisfying(r -> assertThat(r.modelsExecuted()).containsExactly(committed, listed));
  }

  @Test
  void recordingARunPricesTheExecutionsCommittedDuringIt() {
    ModelExecution committed = StateFixtures.succeeded("orders", T0);
    ModelExecution other = StateFixtures.failed("customers", T0.plusSeconds(1));
    store.commitModelResult(ModelCommit.of(RUN, committed));
    store.commitModelResult(ModelCommit.of(RUN, other));

    store.recordRun(StateFixtures.minimal(T0, List.of(committed.withCostUsd(0.24), other.withCostUsd(0.0))));

    assertThat(store.run(RUN)).hasValueSatisfying(r -> assertThat(r.modelsExecuted())
        .extracting(ModelExecution::modelName, ModelExecution::costUsd)
        .containsExactly(tuple("orders", 0.24), tuple("customers", 0.0)));
  }

  @Test
  void recentRunsAreNewestFirstAndLimited() {
    Instant t1 = T0.plus(Duration.ofHours(1));
    Instant t2 = T0.plus(Duration.ofHours(2));
    store.recordRun(StateFixtures.minimal(t1, List.of()));
    store.recordRun(StateFixtures.minimal(T0, List.of()));
    store.recordRun(StateFixtures.minimal(t2, List.of(StateFixtures.succeeded("orders", t2))));

    assertThat(store.recentRuns(2)).extracting(RunRecord::startedAt).containsExactly(t2, t1);
    assertThat(store.recentRuns(2).get(0).modelsExecuted()).hasSize(1);
    assertThat(store.recentRuns(0)).isEmpty();
  }

  @Test
  void aBranchIsCreatedOnceListedByNameAndDeletedWithoutItsPromotions() {
    BranchRecord fix = StateFixtures.branch("fix", T0);
    assertThat(store.createBranch(fix)).isTrue();
    assertThat(store.createBranch(StateFixtures.branch("fix", T0.plusSeconds(1)))).isFalse();
    store.createBranch(StateFixtures.branch("alpha", T0));

    assertThat(store.branch("fix")).contains(fix);
    assertThat(store.branch("nope")).isEmpty();
    assertThat(store.branches()).extracting(BranchRecord::name).containsExactly("alpha", "fix");

    PromotionRecord promoted = StateFixtures.promotion("fix", T0.plusSeconds(5));
    store.recordPromotion(promoted);
    assertThat(store.deleteBranch("fix")).isTrue();
    assertThat(store.deleteBranch("fix")).isFalse();
    assertThat(store.branch("fix")).isEmpty();
    assertThat(store.promotions(10)).containsExactly(promoted);
  }

  @Test
  void promotionsAreNewestFirstAndLimited() {
    PromotionRecord first = StateFixtures.promotion("a", T0);
    PromotionRecord second = StateFixtures.promotion("b", T0.plusSeconds(1));
    PromotionRecord third = StateFixtures.promotion("a", T0.plusSeconds(2));
    store.recordPromotion(second);
    store.recordPromotion(third);
    store.recordPromotion(first);

    assertThat(store.promotions(2)).containsExactly(third, second);
    assertThat(store.promotions(0)).isEmpty();
  }

  @Test
  void rowCountsAreKeptPerTableOldestFirstUpToTheLimit() {
    for (int i = 1; i <= 4; i++) {
      store.appendRowCount(ORDERS, new RowCountSnapshot(100L * i, T0.plusSeconds(i)), 3);
    }
    store.appendRowCount("warehouse.raw.customers", new RowCountSnapshot(0, T0), 3);

    assertThat(store.rowCounts(ORDERS)).extracting(RowCountSnapshot::rowCount).containsExactly(200L, 300L, 400L);
    assertThat(store.rowCounts(ORDERS).get(2).timestamp()).isEqualTo(T0.plusSeconds(4));
    assertThat(store.rowCounts("warehouse.raw.customers")).containsExactly(new RowCountSnapshot(0, T0));
    assertThat(store.rowCounts("warehouse.raw.none")).isEmpty();
  }
}
