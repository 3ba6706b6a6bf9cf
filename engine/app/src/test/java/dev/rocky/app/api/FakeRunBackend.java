package dev.rocky.app.api;

import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** TEST-ONLY: runs that start, finish and fail when the test says so. */
final class FakeRunBackend implements RunBackend {
  final List<RunSubmission> submissions = new ArrayList<>();
  final Map<String, RunView> runs = new LinkedHashMap<>();
  @Nullable RuntimeException failure;
  @Nullable String inProgress;
  private int next;

  @Override
  public RunView start(RunSubmission submission) {
    if (failure != null) {
      throw failure;
    }
    if (inProgress != null) {
      throw ApiException.runInProgress(inProgress);
    }
    submissions.add(submission);
    String id = String.format("run-20260102-030405-%03d", next++);
    RunView view = RunViews.running(id, List.of(), submission.caller()).asked(submission.request());
    runs.put(id, view);
    inProgress = id;
    return view;
  }

  /** Finishes the run in progress with one successful execution per model. */
  RunView finish(String... models) {
    String id = java.util.Objects.requireNonNull(inProgress, "no run in progress");
    Instant start = RunViews.startOf(id).orElseThrow();
    List<ModelExecution> executions = new ArrayList<>();
    for (String m : models) {
      executions.add(new ModelExecution(m, start, start.plusMillis(5), 5, 1L, null, null, ModelStatus.SUCCESS,
          "0123456789abcdef", null, List.of()));
    }
    RunRecord record = new RunRecord(id, start, start.plusMillis(10), RunStatus.SUCCESS, executions, RunTrigger.MANUAL,
        "0123456789abcdef", "tester", SessionSource.HTTP_API, null, null, null, null, "host", "0.1.0");
    RunView view = RunViews.recorded(record);
    runs.put(id, view);
    inProgress = null;
    return view;
  }

  /** A run recorded by someone else (the CLI), not started here. */
  void recorded(RunRecord record) {
    runs.put(record.runId(), RunViews.recorded(record));
  }

  @Override
  public Optional<RunView> find(String runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  @Override
  public List<RunView> recent(int limit) {
    return runs.values().stream().sorted(Comparator.comparing(RunView::runId).reversed()).limit(limit).toList();
  }
}
