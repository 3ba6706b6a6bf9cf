package dev.rocky.fn.run;

import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.StoredPlan;
import dev.rocky.core.memory.MemoryArtifactStore;
import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.sql.TableName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a whole run's bookkeeping before the SnapStart snapshot, against in-memory stores and a
 * fixed clock: start, a batch, a failed model, the next batch (which skips its downstream),
 * finish. The JSON of every step, the containment rule and the record are loaded and warmed.
 */
final class RunPriming {
  private static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");
  private static final Invocation PRIMING = new Invocation("priming", Duration.ofMinutes(15));
  private static final String EXECUTION = "arn:aws:states:us-east-1:000000000000:execution:priming:priming";

  private RunPriming() {}

  /** Returns every step's answer, in order. */
  static List<RunAnswer> run() {
    MemoryArtifactStore artifacts = new MemoryArtifactStore();
    MemoryStateStore state = new MemoryStateStore(Clock.fixed(FIXED, ZoneOffset.UTC));
    String planKey = artifacts.put(FunctionJson.bytes(plan()));
    RunHandler handler = new RunHandler(RunWiring.of(state, artifacts, Clock.fixed(FIXED, ZoneOffset.UTC)));
    List<RunAnswer> answers = new ArrayList<>();
    RunAnswer.Started started = call(handler, new RunStep.Start(planKey, EXECUTION, null), RunAnswer.Started.class);
    answers.add(started);
    answers.add(call(handler, new RunStep.Batch(planKey, started.runId(), 0, 0, null), RunAnswer.BatchPlan.class));
    answers.add(call(handler, new RunStep.ModelFailed(planKey, started.runId(), 0, 0,
        new RunStep.CaughtError("dev.rocky.fn.RockyUserError", "{\"errorMessage\":\"priming\"}")),
        RunAnswer.FailureRecorded.class));
    answers.add(call(handler, new RunStep.Batch(planKey, started.runId(), 0, 1, null), RunAnswer.BatchPlan.class));
    answers.add(call(handler, new RunStep.Finish(planKey, started.runId(), started.startedAt(), "0000000000000000",
        EXECUTION, null), RunAnswer.Finished.class));
    return answers;
  }

  private static <T extends RunAnswer> T call(RunHandler handler, RunStep step, Class<T> answer) {
    return FunctionJson.read(handler.invoke(FunctionJson.bytes(step), PRIMING), answer);
  }

  private static StoredPlan plan() {
    ModelStep orders = new ModelStep("priming_orders", new Strategy.FullRefresh(), new TableName(null, "main", "priming_orders"),
        "SELECT 1 AS order_id", ModelSchema.unknown("priming_orders"), List.of());
    ModelStep totals = new ModelStep("priming_totals", new Strategy.FullRefresh(), new TableName(null, "main", "priming_totals"),
        "SELECT order_id FROM priming_orders", ModelSchema.unknown("priming_totals"), List.of());
    return new StoredPlan(StoredPlan.FORMAT, "duckdb", List.of(List.of(orders), List.of(totals)),
        Map.of("priming_totals", List.of("priming_orders")),
        Map.of("priming_orders", "models/priming_orders.sql", "priming_totals", "models/priming_totals.sql"));
  }
}
