package dev.rocky.app.api;

import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunIds;
import dev.rocky.core.run.RunRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Builds {@link RunView}s from run records and from runs in progress, the same way in every backend. */
public final class RunViews {
  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("'run-'yyyyMMdd-HHmmss-SSS");

  private RunViews() {}

  /** A finished run, from its record. */
  public static RunView recorded(RunRecord r) {
    return new RunView(r.runId(), ApiRunStatus.of(r.status()), null, List.of(), null, r.startedAt(), r.finishedAt(),
        Duration.between(r.startedAt(), r.finishedAt()).toMillis(), r.trigger(), r.sessionSource(),
        r.triggeringIdentity(), r.idempotencyKey(), null, r.gitCommit(), r.gitBranch(), r.modelsExecuted(), null);
  }

  /** A run in progress, with the models committed so far; its start is read from its id. */
  public static RunView running(String runId, List<ModelExecution> models, @Nullable String caller) {
    return new RunView(runId, ApiRunStatus.RUNNING, null, List.of(), null, startOf(runId).orElse(null), null, null,
        null, null, caller, null, null, null, null, models, null);
  }

  /**
   * A run that ended without a record: it crashed, or its execution was aborted.
   *
   * @param finishedAt when it ended, if known
   */
  public static RunView failed(String runId, List<ModelExecution> models, @Nullable Instant finishedAt, ApiError error,
      @Nullable String caller) {
    Instant started = startOf(runId).orElse(null);
    Long duration = started == null || finishedAt == null ? null : Math.max(0, Duration.between(started, finishedAt).toMillis());
    return new RunView(runId, ApiRunStatus.ERROR, null, List.of(), null, started, finishedAt, duration, null, null,
        caller, null, null, null, null, models, error);
  }

  /**
   * Nothing started: the idempotency key belongs to {@code byRunId}, which finished successfully
   * ({@code SkippedIdempotent}) or is in progress ({@code SkippedInFlight}).
   */
  public static RunView skipped(ApiRunStatus status, String byRunId, StartRunRequest request) {
    if (status != ApiRunStatus.SKIPPED_IDEMPOTENT && status != ApiRunStatus.SKIPPED_IN_FLIGHT) {
      throw new IllegalArgumentException("not a skipped status: " + status);
    }
    return new RunView(byRunId, status, null, List.of(), null, null, null, null, null, null, null,
        request.idempotencyKey(), byRunId, null, null, List.of(), null).asked(request);
  }

  /** The UTC start encoded in a run id ({@code run-20260102-030405-123}). */
  public static Optional<Instant> startOf(String runId) {
    if (!RunIds.isWellFormed(runId)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(runId, RUN_ID).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
