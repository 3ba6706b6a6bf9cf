package dev.rocky.cli.branch;

import dev.rocky.app.replay.ColumnAudit;
import dev.rocky.app.replay.ModelReplay;
import dev.rocky.app.replay.ReplayErrorCode;
import dev.rocky.app.replay.ReplayException;
import dev.rocky.app.replay.ReplayMode;
import dev.rocky.app.replay.ReplayReport;
import dev.rocky.app.replay.ReplayService;
import dev.rocky.app.replay.AuditEntry;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.Json;
import dev.rocky.cli.output.TextTable;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.cli.run.RunTargets;
import dev.rocky.cli.run.Warehouses;
import dev.rocky.compiler.load.ProjectLoader;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Dialect;
import dev.rocky.store.local.DirectoryProjectSource;
import dev.rocky.store.local.FileArtifactStore;
import dev.rocky.store.local.SqliteStateStore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky replay} and {@code rocky history --audit} on the project's state file and artifacts;
 * each replayed model gets an in-memory DuckDB of its own ({@link LocalScratch}). Verdicts are data:
 * replay exits 0 whatever they are.
 */
final class LocalReplay {

  CommandResult replay(Requests.Replay request) {
    ProjectPaths paths = ProjectPaths.of(request.config());
    if (!paths.hasState()) {
      throw new ReplayException(ReplayErrorCode.REPLAY_NO_RUNS, "no run has been recorded yet", "run the project first: rocky run");
    }
    try (SqliteStateStore state = SqliteStateStore.forProject(paths.root());
        WarehouseAdapter warehouse = travelWarehouse(paths)) {
      ReplayReport report = new ReplayService(state, FileArtifactStore.forProject(paths.root()), LocalScratch::new,
          warehouse).replay(request.run(), request.model(), request.mode());
      boolean judged = request.mode() != ReplayMode.SHOW;
      TextTable.Builder table = judged
          ? TextTable.builder("MODEL", "VERDICT", "REASON", "RECIPE").emptyMessage("no models recorded in this run")
          : TextTable.builder("MODEL", "STATUS", "ROWS", "RECIPE", "INPUTS", "OUTPUT").emptyMessage("no models recorded in this run");
      for (ModelReplay m : report.models()) {
        if (judged) {
          table.row(m.model(), m.verdict(), m.reason() == null ? "" : m.reason(), shortHash(m.recipeHash()));
        } else {
          table.row(m.model(), m.status(), m.rowsAffected(), shortHash(m.recipeHash()), shortHash(m.inputHash()),
              shortHash(m.outputHash()));
        }
      }
      return CommandResult.success("replay", report, out -> {
        out.println("run " + report.runId() + " by " + or(report.run().triggeringIdentity(), "unknown") + " ("
            + wire(report.run().trigger()) + ", " + wire(report.run().sessionSource()) + ") at " + report.run().startedAt()
            + (report.run().gitCommit() == null ? "" : ", commit " + report.run().gitCommit())
            + (report.run().branch() == null ? "" : ", branch " + report.run().branch()));
        out.println();
        table.build().render(out);
      });
    }
  }

  /**
   * The project's Databricks or Snowflake warehouse, where runs recorded there are rebuilt by Time
   * Travel; null for a DuckDB project, whose runs replay in memory.
   */
  private static @Nullable WarehouseAdapter travelWarehouse(ProjectPaths paths) {
    RockyConfig config = new ProjectLoader(System.getenv())
        .loadConfig(new DirectoryProjectSource(paths.root()), paths.relative(paths.config())).orElse(null);
    boolean remote = config != null && config.pipelines().values().stream().anyMatch(p -> p instanceof TransformationPipeline)
        && config.adapters().values().stream().anyMatch(a -> !"duckdb".equalsIgnoreCase(a.type()));
    if (!remote) {
      return null;
    }
    RunTargets targets = RunTargets.onAnyWarehouse(config, null);
    return targets.dialect() == Dialect.DUCKDB ? null : Warehouses.open(targets, paths.root());
  }

  CommandResult audit(Requests.Audit request) {
    ProjectPaths paths = ProjectPaths.of(request.config());
    ColumnAudit.Report report;
    if (!paths.hasState()) {
      report = new ColumnAudit.Report(request.model(), request.column(), null, List.of());
    } else {
      try (SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
        report = new ColumnAudit(state, FileArtifactStore.forProject(paths.root()))
            .audit(request.model(), request.column(), request.limit());
      }
    }
    String subject = request.model() + (request.column() == null ? "" : "." + request.column());
    TextTable.Builder table = TextTable.builder("WHEN", "EVENT", "ID", "WHO", "COMMIT", "CHANGE", "DEFINITION")
        .emptyMessage("no recorded production build of " + request.model());
    for (AuditEntry e : report.entries()) {
      table.row(e.at(), e.event(), e.id(), or(e.who(), "unknown"), or(e.gitCommit(), "-"), e.change(),
          e.column() == null ? "" : e.column().type() + " from " + String.join(", ", e.column().from()));
    }
    ColumnAudit.Report shown = report;
    return CommandResult.success("history", shown, out -> {
      AuditEntry last = shown.lastChange();
      out.println(last == null ? subject + ": no recorded change"
          : subject + " last changed by " + or(last.who(), "unknown") + " at " + last.at() + " (" + last.event() + " "
              + last.id() + ", " + last.change() + ")");
      out.println();
      table.build().render(out);
    });
  }

  /** An enum as the JSON spells it ({@code Manual}, {@code cli}). */
  private static String wire(Enum<?> value) {
    return String.valueOf(Json.mapper().convertValue(value, String.class));
  }

  private static String shortHash(@org.jspecify.annotations.Nullable String hash) {
    return hash == null ? "-" : hash.substring(0, 12);
  }

  private static String or(@org.jspecify.annotations.Nullable String value, String fallback) {
    return value == null ? fallback : value;
  }
}
