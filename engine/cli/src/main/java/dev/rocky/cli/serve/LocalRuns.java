package dev.rocky.cli.serve;

import dev.rocky.app.api.ApiException;
import dev.rocky.app.api.ApiRunStatus;
import dev.rocky.app.api.RunBackend;
import dev.rocky.app.api.RunSubmission;
import dev.rocky.app.api.RunView;
import dev.rocky.app.api.RunViews;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.store.local.SqliteStateStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs of the project on this machine, one at a time, each on a background thread
 * ({@link LocalRunJob}). Records are read from the state file the runs write
 * ({@code .rocky/state.sqlite}), so runs started by {@code rocky run} show up too; what a run was
 * asked for (pipeline, selection, branch) is remembered for the runs this server started.
 */
final class LocalRuns implements RunBackend, AutoCloseable {
  /** Runs this server remembers what they were asked for. */
  private static final int REMEMBERED = 500;
  /** How long closing waits for a run in progress. */
  private static final long CLOSE_GRACE_SECONDS = 10;

  private final ProjectPaths paths;
  private final int parallel;
  private final Clock clock;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "rocky-serve-run");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, LocalRunJob> jobs = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, LocalRunJob> eldest) {
      return size() > REMEMBERED;
    }
  };
  private @Nullable LocalRunJob active;

  LocalRuns(ProjectPaths paths, int parallel, Clock clock) {
    this.paths = paths;
    this.parallel = parallel;
    this.clock = clock;
  }

  @Override
  public RunView start(RunSubmission submission) {
    LocalRunJob job;
    synchronized (this) {
      if (active != null && active.holdsProject()) {
        throw ApiException.runInProgress(active.runId());
      }
      job = new LocalRunJob(paths, submission, parallel, clock);
      active = job;
    }
    worker.execute(job);
    RunView view = job.awaitStart();
    if (view.status() == ApiRunStatus.RUNNING) {
      synchronized (this) {
        jobs.put(view.runId(), job);
      }
    }
    return view;
  }

  @Override
  public Optional<RunView> find(String runId) {
    LocalRunJob job = job(runId);
    Optional<RunRecord> record = read(state -> state.run(runId), Optional.empty());
    if (record.isPresent()) {
      return Optional.of(RunViews.recorded(record.get()).asked(job == null ? null : job.request()));
    }
    if (job == null) {
      return Optional.empty();
    }
    List<ModelExecution> models = read(state -> state.modelExecutions(runId), List.of());
    return Optional.of(job.unrecordedView(models));
  }

  @Override
  public List<RunView> recent(int limit) {
    List<RunView> out = new ArrayList<>();
    List<LocalRunJob> known;
    synchronized (this) {
      known = List.copyOf(jobs.values());
    }
    List<RunRecord> records = read(state -> state.recentRuns(limit), List.of());
    List<String> recorded = records.stream().map(RunRecord::runId).toList();
    List<RunView> unrecorded = new ArrayList<>();
    for (LocalRunJob job : known) {
      String id = job.runId();
      if (id != null && !recorded.contains(id)) {
        // Recorded after the list was read, or never: look again, so a finished run is not shown running.
        find(id).ifPresent(unrecorded::add);
      }
    }
    unrecorded.sort(Comparator.comparing(RunView::runId).reversed());
    unrecorded.stream().filter(v -> !v.done()).forEach(out::add);
    List<RunView> finished = new ArrayList<>(unrecorded.stream().filter(RunView::done).toList());
    for (RunRecord r : records) {
      LocalRunJob job = job(r.runId());
      finished.add(RunViews.recorded(r).asked(job == null ? null : job.request()));
    }
    finished.sort(Comparator.comparing(RunView::runId).reversed());
    out.addAll(finished);
    return out;
  }

  private synchronized @Nullable LocalRunJob job(String runId) {
    return jobs.get(runId);
  }

  /** What {@code read} finds in the state file; {@code none} when no run ever wrote one (reading does not create it). */
  private <T> T read(Function<SqliteStateStore, T> read, T none) {
    if (!paths.hasState()) {
      return none;
    }
    try (SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
      return read.apply(state);
    }
  }

  @Override
  public void close() {
    worker.shutdown();
    try {
      worker.awaitTermination(CLOSE_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
