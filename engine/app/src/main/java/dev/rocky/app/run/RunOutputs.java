package dev.rocky.app.run;

import dev.rocky.app.cost.CostReport;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.execute.WindowResult;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.state.PartitionStatus;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.sql.TableName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds a {@link RunOutput} from a run's model results. */
final class RunOutputs {
  private RunOutputs() {}

  /** Success without failures; Failure when nothing succeeded; PartialFailure in between. */
  static RunStatus status(List<ModelResult> results) {
    long ok = results.stream().filter(ModelResult::succeeded).count();
    if (ok == results.size()) {
      return RunStatus.SUCCESS;
    }
    return ok == 0 ? RunStatus.FAILURE : RunStatus.PARTIAL_FAILURE;
  }

  /** The output of a run deflected by its idempotency key: no work done. */
  static RunOutput skipped(RunStatus status, String byRunId, RunOptions options, long durationMs) {
    return new RunOutput(RockyVersion.get(), "run", null, status, options.filter(), durationMs, 0, 0, 0, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        RunOutput.PermissionSummary.NONE, RunOutput.DriftSummary.NONE,
        new RunOutput.ExecutionSummary(options.parallel(), 0, 0, false), false, false, options.idempotencyKey(),
        byRunId);
  }

  static RunOutput of(String runId, RunStatus status, long durationMs, RunPlan plan, Executed executed,
      RunOptions options) {
    return of(runId, status, durationMs, plan, executed, options, null);
  }

  /** @param cost what the run cost; null when it was not priced */
  static RunOutput of(String runId, RunStatus status, long durationMs, RunPlan plan, Executed executed,
      RunOptions options, @Nullable CostReport cost) {
    List<RunOutput.Materialization> materializations = new ArrayList<>();
    List<RunOutput.RunError> errors = new ArrayList<>();
    List<RunOutput.ContainedModel> contained = new ArrayList<>();
    List<RunOutput.ModelDecision> decisions = new ArrayList<>();
    List<RunOutput.PartitionSummary> partitions = new ArrayList<>();
    int ok = 0;
    int failed = 0;
    int skipped = 0;
    Map<String, ModelStep> steps = new HashMap<>();
    plan.steps().forEach(s -> steps.put(s.model(), s));
    Map<String, Double> costs = new HashMap<>();
    if (cost != null) {
      // The first of a model's entries, as CostReport.model gives it.
      cost.summary().perModel().forEach(m -> {
        if (!costs.containsKey(m.model())) {
          costs.put(m.model(), m.costUsd());
        }
      });
    }
    for (ModelResult r : executed.results()) {
      ModelStep step = java.util.Objects.requireNonNull(steps.get(r.model()), r.model());
      Double modelCost = costs.get(r.model());
      materializations.addAll(materializations(r, step.schema(), modelCost));
      if (!r.windows().isEmpty() || r.strategy().equals("time_interval")) {
        partitions.add(partitionSummary(r));
      }
      switch (r.status()) {
        case SUCCESS -> {
          ok++;
          decisions.add(new RunOutput.ModelDecision(r.model(), "build", "selected"));
        }
        case FAILED -> {
          failed++;
          decisions.add(new RunOutput.ModelDecision(r.model(), "build", "selected"));
          errors.add(new RunOutput.RunError(assetKey(r.target()), r.model(), r.error().summary(),
              r.error().failureKind()));
        }
        case SKIPPED -> {
          skipped++;
          String blockedBy = executed.blockedBy().getOrDefault(r.model(), "");
          decisions.add(new RunOutput.ModelDecision(r.model(), "skip", String.valueOf(r.skipReason())));
          contained.add(new RunOutput.ContainedModel(r.model(), blockedBy,
              "fix '" + blockedBy + "' and run again, e.g. rocky run --model +" + r.model()));
        }
      }
    }
    return new RunOutput(RockyVersion.get(), "run", runId, status, options.filter(), durationMs, ok, failed, skipped,
        materializations, errors, contained, decisions, partitions, List.of(), List.of(), List.of(),
        RunOutput.PermissionSummary.NONE, RunOutput.DriftSummary.NONE,
        new RunOutput.ExecutionSummary(options.parallel(), ok + failed, failed, false), false, false,
        options.idempotencyKey(), null, cost == null ? null : cost.summary(), cost == null ? List.of() : cost.breaches());
  }

  /**
   * What a model wrote: one entry for a success; one per written window for time_interval, each
   * with the share of the model's cost its duration took.
   */
  private static List<RunOutput.Materialization> materializations(ModelResult r, ModelSchema schema,
      @Nullable Double cost) {
    Integer columns = schema.complete() && !schema.columns().isEmpty() ? schema.columns().size() : null;
    RunOutput.MaterializationMetadata metadata = new RunOutput.MaterializationMetadata(r.strategy(),
        text(r.watermark()), r.target().qualifiedName(), r.sqlHash(), columns);
    List<String> key = assetKey(r.target());
    if (!r.windows().isEmpty()) {
      List<RunOutput.Materialization> out = new ArrayList<>();
      for (WindowResult w : r.windows()) {
        if (w.status() == ModelStatus.SUCCESS) {
          out.add(new RunOutput.Materialization(key, w.rowsAffected(), w.durationMs(), w.startedAt().toString(),
              metadata, new RunOutput.PartitionInfo(w.key(), w.start().toString(), w.end().toString(), w.batchedWith()),
              share(cost, w.durationMs(), r), null, null, List.of(), List.of()));
        }
      }
      return out;
    }
    if (!r.succeeded()) {
      return List.of();
    }
    return List.of(new RunOutput.Materialization(key, r.rowsAffected(), r.durationMs(), r.startedAt().toString(),
        metadata, null, cost, r.bytesScanned(), r.bytesWritten(), r.jobIds(), r.retried() ? r.attempts() : List.of()));
  }

  /** A window's part of the model's cost, in proportion to its duration. */
  private static @Nullable Double share(@Nullable Double cost, long windowMs, ModelResult r) {
    if (cost == null) {
      return null;
    }
    long total = r.windows().stream().mapToLong(WindowResult::durationMs).sum();
    return total == 0 ? cost / r.windows().size() : cost * windowMs / total;
  }

  private static RunOutput.PartitionSummary partitionSummary(ModelResult r) {
    int computed = (int) r.partitions().stream().filter(p -> p.status() == PartitionStatus.COMPUTED).count();
    int failed = (int) r.partitions().stream().filter(p -> p.status() == PartitionStatus.FAILED).count();
    return new RunOutput.PartitionSummary(r.model(), computed + failed, computed, failed, 0);
  }

  /** {@code [catalog, schema, table]}, without the catalog when the target has none (DuckDB's two-part names). */
  static List<String> assetKey(TableName target) {
    return target.catalog() == null ? List.of(target.schema(), target.table())
        : List.of(target.catalog(), target.schema(), target.table());
  }

  private static @Nullable String text(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }

  /** A run's results in plan order, and for each skipped model the failed model that blocked it. */
  record Executed(List<ModelResult> results, Map<String, String> blockedBy) {
    Executed {
      results = List.copyOf(results);
      blockedBy = Map.copyOf(blockedBy);
    }
  }
}
