package dev.rocky.app.quality;

import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.config.QualityPipeline;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.RunIds;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.planner.quality.QualityErrorCode;
import dev.rocky.planner.sql.TableName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@code type = "quality"} pipeline: its checks on its {@code tables} (a table, or every table of
 * a schema), no data moved except what quarantine writes. The run is recorded like any other, with
 * its check outcomes; it is a {@code Failure} when a check blocks (error severity, fail_on_error).
 */
public final class QualityPipelineRun {
  private final WarehouseAdapter adapter;
  private final StateStore state;
  private final Clock clock;
  private final TableChecker checker;

  public QualityPipelineRun(WarehouseAdapter adapter, StateStore state, Clock clock) {
    this(adapter, state, clock, new TableChecker(adapter, state, clock));
  }

  public QualityPipelineRun(WarehouseAdapter adapter, StateStore state, Clock clock, TableChecker checker) {
    this.adapter = adapter;
    this.state = state;
    this.clock = clock;
    this.checker = checker;
  }

  /**
   * @param localCatalog the warehouse's own catalog: tables listed under it are addressed without
   *     one (DuckDB's database name), or null
   */
  public RunOutput run(String name, QualityPipeline pipeline, RunOptions options, @Nullable String localCatalog) {
    if (pipeline.tables().isEmpty()) {
      throw new RockyException(QualityErrorCode.QUALITY_INVALID_CONFIG, "quality pipeline '" + name
          + "' lists no tables (V026); add [[pipeline." + name + ".tables]] with catalog, schema and table");
    }
    PipelineChecks checks = PipelineChecks.of(name, pipeline.checks()).orElseThrow(() -> new RockyException(
        QualityErrorCode.QUALITY_INVALID_CONFIG, "quality pipeline '" + name
            + "' has its checks disabled (V027); set [pipeline." + name + ".checks] enabled = true"));
    Instant started = clock.instant();
    String runId = RunIds.of(started);
    List<TableChecker.Outcome> outcomes = new ArrayList<>();
    for (TableName table : tables(pipeline, localCatalog)) {
      outcomes.add(checker.check(CheckTarget.table(table), checks));
    }
    QualityReport report = QualityReport.of(outcomes);
    Instant finished = clock.instant();
    RunStatus status = report.adjust(RunStatus.SUCCESS);
    state.recordRun(new RunRecord(runId, started, finished, status, List.of(), options.trigger(), options.configHash(),
        options.triggeringIdentity(), options.sessionSource(), options.gitCommit(), options.gitBranch(),
        options.idempotencyKey(), options.targetCatalog(), options.hostname(), RockyVersion.get())
        .withCheckOutcomes(report.outcomes()));
    long ms = Math.max(0, Duration.between(started, finished).toMillis());
    RunOutput empty = new RunOutput(RockyVersion.get(), "run", runId, status, options.filter(), ms, 0, 0, 0, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        RunOutput.PermissionSummary.NONE, RunOutput.DriftSummary.NONE,
        new RunOutput.ExecutionSummary(1, outcomes.size(), 0, false), false, false, options.idempotencyKey(), null);
    return report.applyTo(empty);
  }

  /** The tables to check, in the order listed, each once; a schema entry lists its tables. */
  List<TableName> tables(QualityPipeline pipeline, @Nullable String localCatalog) {
    Map<String, TableName> out = new LinkedHashMap<>();
    for (QualityPipeline.TableRef ref : pipeline.tables()) {
      String catalog = localCatalog != null && ref.catalog().equalsIgnoreCase(localCatalog) ? null : ref.catalog();
      if (ref.table() != null) {
        TableName t = new TableName(catalog, ref.schema(), ref.table());
        out.putIfAbsent(t.qualifiedName(), t);
        continue;
      }
      if (catalog != null) {
        throw new RockyException(QualityErrorCode.QUALITY_INVALID_CONFIG, "cannot list the tables of schema "
            + ref.catalog() + "." + ref.schema() + ": it is not in this warehouse's catalog; name each table");
      }
      for (TargetRef t : adapter.listTables(ref.schema())) {
        TableName table = new TableName(null, ref.schema(), t.table());
        out.putIfAbsent(table.qualifiedName(), table);
      }
    }
    return List.copyOf(out.values());
  }
}
