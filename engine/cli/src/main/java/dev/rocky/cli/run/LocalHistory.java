package dev.rocky.cli.run;

import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.TextTable;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.store.local.SqliteStateStore;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rocky history}: the recent run records, newest first. JSON gives the records as stored
 * ({@code runs}); the table one line per run. With {@code --model}, only runs that executed the
 * model, each with only that model's execution. A project that never ran has no history (and no
 * state file is created to say so).
 */
public final class LocalHistory {
  /** Runs read to find those of one model. */
  private static final int SCAN = 10_000;
  private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);

  public CommandResult history(HistoryRequest request) {
    ProjectPaths paths = ProjectPaths.of(request.config());
    List<RunRecord> runs = new ArrayList<>();
    if (paths.hasState()) {
      try (SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
        String model = request.model();
        for (RunRecord run : state.recentRuns(model == null ? request.limit() : SCAN)) {
          if (runs.size() == request.limit()) {
            break;
          }
          if (model == null) {
            runs.add(run);
          } else {
            List<ModelExecution> mine = run.modelsExecuted().stream().filter(e -> e.modelName().equals(model)).toList();
            if (!mine.isEmpty()) {
              runs.add(run.withModelsExecuted(mine));
            }
          }
        }
      }
    }
    TextTable.Builder table = TextTable.builder("RUN ID", "STATUS", "STARTED", "DURATION", "MODELS OK", "FAILED", "BY",
            "COMMIT", "BRANCH")
        .emptyMessage(request.model() == null ? "no runs recorded yet" : "no runs of model '" + request.model() + "' recorded");
    for (RunRecord r : runs) {
      long ok = r.modelsExecuted().stream().filter(ModelExecution::succeeded).count();
      long failed = r.modelsExecuted().stream().filter(e -> e.status() == ModelStatus.FAILED).count();
      table.row(r.runId(), status(r.status()), STARTED.format(r.startedAt()),
          RunView.duration(Math.max(0, Duration.between(r.startedAt(), r.finishedAt()).toMillis())), ok, failed,
          r.triggeringIdentity() == null ? "-" : r.triggeringIdentity(),
          r.gitCommit() == null ? "-" : r.gitCommit().substring(0, Math.min(10, r.gitCommit().length())),
          r.branch() == null ? "-" : r.branch());
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("count", runs.size());
    payload.put("runs", runs);
    return CommandResult.success("history", payload, table.build());
  }

  /** Rocky's spelling of a status, as in JSON. */
  static String status(RunStatus status) {
    return switch (status) {
      case SUCCESS -> "Success";
      case PARTIAL_FAILURE -> "PartialFailure";
      case FAILURE -> "Failure";
      case SKIPPED_IDEMPOTENT -> "SkippedIdempotent";
      case SKIPPED_IN_FLIGHT -> "SkippedInFlight";
    };
  }
}
