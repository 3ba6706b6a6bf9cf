package dev.rocky.app.run;

import dev.rocky.app.cost.BudgetBreach;
import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.quality.CheckResult;
import dev.rocky.app.quality.QualityReport;
import dev.rocky.app.quality.TableCheckResult;
import dev.rocky.core.hooks.HookEvent;
import dev.rocky.core.hooks.HookSink;
import dev.rocky.core.run.RunStatus;
import dev.rocky.planner.ModelStep;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The hook events of one run, fired through a {@link HookSink}: {@code on_pipeline_start},
 * {@code on_before_model_run} / {@code on_after_model_run} / {@code on_model_error} per model,
 * {@code on_before_checks} / {@code on_check_result} / {@code on_after_checks}, one
 * {@code on_budget_breach} per breach, and {@code on_pipeline_complete} or {@code on_pipeline_error}.
 * The first event a hook aborts stops the run: no model starts after it, and the run fails.
 * Replication runs fire the pipeline events through it too.
 */
public final class RunHooks {
  private final HookSink sink;
  private final @Nullable String pipeline;
  private final Clock clock;
  private final AtomicReference<@Nullable String> abortedBy = new AtomicReference<>();
  private volatile @Nullable String runId;

  public RunHooks(HookSink sink, @Nullable String pipeline, Clock clock) {
    this.sink = sink;
    this.pipeline = pipeline;
    this.clock = clock;
  }

  /** The event whose hook stopped the run, or null. */
  @Nullable String abortedBy() {
    return abortedBy.get();
  }

  public boolean aborted() {
    return abortedBy.get() != null;
  }

  /** Why a model did not run once the run was stopped. */
  String abortReason() {
    return "the run was stopped by an " + abortedBy() + " hook (on_failure = \"abort\")";
  }

  void pipelineStarted(String id, int models) {
    pipelineStarted(id, Map.of("models", models));
  }

  /** Fires {@code on_pipeline_start} for run {@code id}, with what the run is about to build. */
  public void pipelineStarted(String id, Map<String, Object> metadata) {
    this.runId = id;
    fire(event("on_pipeline_start", null, metadata));
  }

  /** @return whether the model may run: false once a hook stopped the run */
  boolean beforeModel(ModelStep step) {
    if (aborted()) {
      return false;
    }
    fire(event("on_before_model_run", step.model(), Map.of("strategy", step.strategy().type())).withTable(table(step)));
    return !aborted();
  }

  void afterModel(ModelResult result) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("status", result.status().name().toLowerCase(java.util.Locale.ROOT));
    if (result.rowsAffected() != null) {
      metadata.put("rows_affected", result.rowsAffected());
    }
    HookEvent e = event(result.error() == null ? "on_after_model_run" : "on_model_error", result.model(), metadata)
        .withTable(result.target().qualifiedName())
        .withDuration(Math.max(0, Duration.between(result.startedAt(), result.finishedAt()).toMillis()));
    dev.rocky.app.execute.ModelError error = result.error();
    fire(error == null ? e : e.withError(error.message()));
  }

  void beforeChecks() {
    fire(event("on_before_checks", null, Map.of()));
  }

  void checked(QualityReport report) {
    int passed = 0;
    int failed = 0;
    for (TableCheckResult table : report.checkResults()) {
      for (CheckResult check : table.checks()) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("check", check.name());
        metadata.put("passed", check.passed());
        metadata.put("severity", check.severity());
        check.details().forEach((k, v) -> {
          if (v != null) {
            metadata.put(k, v);
          }
        });
        fire(event("on_check_result", null, metadata).withTable(String.join(".", table.assetKey())));
        if (check.passed()) {
          passed++;
        } else {
          failed++;
        }
      }
    }
    fire(event("on_after_checks", null, Map.of("checks_passed", passed, "checks_failed", failed,
        "blocking", report.blocking())));
  }

  void budgetBreached(java.util.List<BudgetBreach> breaches) {
    for (BudgetBreach b : breaches) {
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("limit_type", b.limitType());
      metadata.put("limit", b.limit());
      metadata.put("actual", b.actual());
      metadata.put("on_breach", b.onBreach());
      fire(event("on_budget_breach", b.model(), metadata));
    }
  }

  /** Fires {@code on_pipeline_complete} for a successful run, {@code on_pipeline_error} otherwise. */
  public void finished(RunOutput output) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("status", output.status());
    metadata.put("tables_copied", output.tablesCopied());
    metadata.put("tables_failed", output.tablesFailed());
    metadata.put("tables_skipped", output.tablesSkipped());
    boolean ok = output.status() == RunStatus.SUCCESS && !aborted();
    HookEvent e = event(ok ? "on_pipeline_complete" : "on_pipeline_error", null, metadata)
        .withDuration(output.durationMs());
    fire(ok ? e : e.withError(error(output)));
  }

  private @Nullable String error(RunOutput output) {
    if (aborted()) {
      return abortReason();
    }
    if (!output.errors().isEmpty()) {
      RunOutput.RunError first = output.errors().getFirst();
      return first.model() + ": " + first.error()
          + (output.errors().size() > 1 ? " (and " + (output.errors().size() - 1) + " more)" : "");
    }
    return "the run ended " + output.status();
  }

  private HookEvent event(String name, @Nullable String model, Map<String, Object> metadata) {
    return new HookEvent(name, runId, pipeline, clock.instant(), model, metadata);
  }

  private void fire(HookEvent event) {
    HookSink.Disposition d;
    try {
      d = sink.fire(event);
    } catch (RuntimeException e) {
      // A sink that breaks is a broken hook: it never breaks the run by itself.
      return;
    }
    if (d == HookSink.Disposition.ABORT) {
      abortedBy.compareAndSet(null, event.event());
    }
  }

  private static String table(ModelStep step) {
    return step.target().qualifiedName();
  }
}
