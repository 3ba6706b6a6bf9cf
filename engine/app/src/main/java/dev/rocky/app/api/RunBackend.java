package dev.rocky.app.api;

import java.util.List;
import java.util.Optional;

/**
 * Where runs start and where their records are read: the local run coordinator ({@code rocky
 * serve}) or a Step Functions execution (the API handler). Failures are {@link ApiException}s, or
 * {@link dev.rocky.core.error.RockyException}s typed by their code.
 */
public interface RunBackend {

  /**
   * Starts a run in the background and returns as soon as it has an id: a {@code Running} view,
   * or, when the idempotency key names an earlier run, that run's id with status
   * {@code SkippedIdempotent} or {@code SkippedInFlight}.
   *
   * @throws ApiException {@code run_in_progress} when another run of the project is in progress
   */
  RunView start(RunSubmission submission);

  /** A run by id: recorded, or still in progress. */
  Optional<RunView> find(String runId);

  /** Runs in progress, then recorded runs newest first; at most {@code limit} of the latter. */
  List<RunView> recent(int limit);
}
