package dev.rocky.fn.compile.testing;

import dev.rocky.app.execute.SqlHash;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Run records as a finished, scheduled run leaves them: what the steps after the models read. */
public final class RecordedRuns {
  private RecordedRuns() {}

  /** A successful run of {@code executions}, from {@code start} to {@code finish}, on {@code host}. */
  public static RunRecord of(String runId, Instant start, Instant finish, String host, List<ModelExecution> executions) {
    return new RunRecord(runId, start, finish, RunStatus.SUCCESS, executions, RunTrigger.SCHEDULE,
        "0123456789abcdef", null, SessionSource.HTTP_API, null, null, null, null, host, "0.1.0");
  }

  /** The same run on a branch, built from the files of {@code digest}. */
  public static RunRecord onBranch(RunRecord r, String branch, String digest) {
    return new RunRecord(r.runId(), r.startedAt(), r.finishedAt(), r.status(), r.modelsExecuted(), r.trigger(),
        r.configHash(), null, r.sessionSource(), null, null, null, null, r.hostname(), r.rockyVersion(), branch, digest);
  }

  /** One model's execution, started at {@code start}, taking {@code ms}. */
  public static ModelExecution execution(String model, Instant start, long ms, ModelStatus status, @Nullable Long rows,
      @Nullable String error) {
    return new ModelExecution(model, start, start.plusMillis(ms), ms, rows, null, null, status, SqlHash.EMPTY, error,
        List.of());
  }
}
