package dev.rocky.fn.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Starts the run workflow and reports on its executions: Step Functions in AWS ({@link
 * SfnRunStarter}), a fake in tests. One execution per run, named by the run id, so a run id finds
 * its execution and a second start of the same id is refused by the service.
 */
public interface RunStarter {

  /**
   * Starts an execution named {@code runId} with {@code input} (JSON, see {@link ExecutionInput}).
   *
   * @throws dev.rocky.app.api.ApiException {@code unavailable} when the service refuses or fails
   */
  void start(String runId, String input);

  /** The execution of a run, if there is one. */
  Optional<Execution> describe(String runId);

  /** Executions in progress, newest first, at most {@code limit}. */
  List<Execution> running(int limit);

  /** One harmless real call (before a SnapStart snapshot); nothing by default. */
  default void prime() {}

  /** How an execution stands; Step Functions' statuses. */
  enum Status {
    RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE;

    /** The status named {@code name}, or {@code FAILED} for one this code does not know. */
    public static Status of(@Nullable String name) {
      for (Status s : values()) {
        if (s.name().equals(name)) {
          return s;
        }
      }
      return FAILED;
    }
  }

  /**
   * An execution.
   *
   * @param input its input (JSON), when known
   * @param error, cause why it failed, when it did
   */
  record Execution(String runId, Status status, @Nullable Instant startedAt, @Nullable Instant stoppedAt,
      @Nullable String input, @Nullable String error, @Nullable String cause) {
    public Execution {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(status, "status");
    }
  }
}
