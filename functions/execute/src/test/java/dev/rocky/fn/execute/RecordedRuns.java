package dev.rocky.fn.execute;

import dev.rocky.app.execute.SqlHash;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import java.time.Instant;
import java.util.List;

/** A finished run of given models, each successful in 250 ms: what the steps after the models read. */
final class RecordedRuns {
  private RecordedRuns() {}

  /** The same run on a branch, built from the files of {@code digest}. */
  static RunRecord onBranch(String runId, List<String> models, String branch, String digest) {
    RunRecord r = of(runId, models);
    return new RunRecord(r.runId(), r.startedAt(), r.finishedAt(), r.status(), r.modelsExecuted(), r.trigger(),
        r.configHash(), null, r.sessionSource(), null, null, null, null, r.hostname(), r.rockyVersion(), branch, digest);
  }

  static RunRecord of(String runId, List<String> models) {
    Instant start = Instant.parse("2026-03-02T12:00:00Z");
    List<ModelExecution> executions = models.stream().map(m -> new ModelExecution(m, start, start.plusMillis(250), 250,
        5L, null, null, ModelStatus.SUCCESS, SqlHash.EMPTY, null, List.of())).toList();
    return new RunRecord(runId, start, start.plusSeconds(2), RunStatus.SUCCESS, executions, RunTrigger.SCHEDULE,
        "0123456789abcdef", null, SessionSource.HTTP_API, null, null, null, null, "measure", "0.1.0");
  }
}
