package dev.rocky.testkit.contract;

import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.run.AttemptRecord;
import dev.rocky.core.run.CheckOutcome;
import dev.rocky.core.run.FailureClass;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RecipeIdentity;
import dev.rocky.core.run.RunIds;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.PartitionStatus;
import dev.rocky.core.state.Watermark;
import dev.rocky.core.state.WatermarkAdvance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Records for state-store tests, with every optional field set where it matters. */
public final class StateFixtures {
  /** The instant every contract's clock starts at. */
  public static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

  private StateFixtures() {}

  public static String runId(Instant startedAt) {
    return RunIds.of(startedAt);
  }

  /** A successful execution with the counts set, started at {@code startedAt}. */
  public static ModelExecution succeeded(String model, Instant startedAt) {
    return new ModelExecution(model, startedAt, startedAt.plusMillis(250), 250, 42L, null, null,
        ModelStatus.SUCCESS, "0123456789abcdef", null, List.of());
  }

  /** A failed execution with its error and attempt trail. */
  public static ModelExecution failed(String model, Instant startedAt) {
    return new ModelExecution(model, startedAt, startedAt.plusSeconds(3), 3000, null, null, null,
        ModelStatus.FAILED, "fedcba9876543210", "Conversion Error: could not convert 'x' to INT32", List.of(
            new AttemptRecord(1, ModelStatus.FAILED, FailureClass.TRANSIENT, "lock-conflict", "conflict", 1000L, 900),
            new AttemptRecord(2, ModelStatus.FAILED, FailureClass.PERMANENT, null, "Conversion Error", null, 1100)));
  }

  /** An execution with every optional field set, its recipe identity included. */
  public static ModelExecution everyField(String model, Instant startedAt) {
    return new ModelExecution(model, startedAt, startedAt.plusMillis(1500), 1500, 1000L, 2048L, 4096L, 0.0125,
        ModelStatus.SUCCESS, "00112233aabbccdd", "first attempt timed out", List.of(
            new AttemptRecord(1, ModelStatus.FAILED, FailureClass.TRANSIENT, "timeout", "timed out", 200L, 700),
            AttemptRecord.succeeded(2, 600)))
        .withIdentity(new RecipeIdentity(hash('a'), hash('b'), "strong", hash('c'), RecipeIdentity.SCHEME, hash('d'),
            hash('e')));
  }

  /** A well-formed SHA-256: 64 times {@code digit}. */
  public static String hash(char digit) {
    return String.valueOf(digit).repeat(64);
  }

  /** A run record with every field set, including the audit trail. */
  public static RunRecord everyField(Instant startedAt, List<ModelExecution> models) {
    return new RunRecord(runId(startedAt), startedAt, startedAt.plus(Duration.ofSeconds(5)), RunStatus.PARTIAL_FAILURE,
        models, RunTrigger.SCHEDULE, "a1b2c3d4e5f60718", "alice", SessionSource.DAGSTER, "3f9e2a1c0b",
        "main", "nightly-2026-03-01", "analytics", "build-host-7", "0.1.0", "fix", hash('f'), List.of(
            new CheckOutcome("not_null:customer_id", true, "analytics.marts.orders"),
            new CheckOutcome("row_count", false, "analytics.marts.orders")));
  }

  /** A minimal successful run record. */
  public static RunRecord minimal(Instant startedAt, List<ModelExecution> models) {
    return new RunRecord(runId(startedAt), startedAt, startedAt.plusSeconds(1), RunStatus.SUCCESS, models,
        RunTrigger.MANUAL, "0000000000000000", null, SessionSource.CLI, null, null, null, null, "unknown", "0.1.0");
  }

  public static Watermark watermark(String lastValue, Instant updatedAt) {
    return new Watermark(Instant.parse(lastValue), updatedAt);
  }

  public static WatermarkAdvance advance(String targetKey, String lastValue, Instant updatedAt) {
    return new WatermarkAdvance(targetKey, watermark(lastValue, updatedAt));
  }

  /** A branch created at {@code at}. */
  public static BranchRecord branch(String name, Instant at) {
    return new BranchRecord(name, BranchRecord.defaultSchema(name), "alice", at, "fix the revenue model");
  }

  /** A promotion of {@code branch} at {@code at}, with every field set. */
  public static PromotionRecord promotion(String branch, Instant at) {
    return new PromotionRecord("promote-" + at.toEpochMilli(), branch, at, "bob", "3f9e2a1c0b", runId(at.minusSeconds(60)),
        hash('f'), List.of("alice"), true,
        List.of(new PromotionRecord.BreakingChange("fct_revenue", "amount", "removed", "Decimal(12,2)", null,
            List.of("rpt_revenue.amount"))),
        List.of(new PromotionRecord.PromotedTable("fct_revenue", "branch__" + branch + ".fct_revenue", "main.fct_revenue",
            "ctas", hash('a'), hash('e'))));
  }

  public static PartitionRecord partition(String model, String key, PartitionStatus status, String runId) {
    return new PartitionRecord(model, key, status, T0, status == PartitionStatus.COMPUTED ? 10L : null, 120, runId,
        status == PartitionStatus.COMPUTED ? "c0ffee" : null);
  }
}
