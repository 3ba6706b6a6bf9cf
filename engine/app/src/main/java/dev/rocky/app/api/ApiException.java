package dev.rocky.app.api;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.error.Hinted;
import dev.rocky.core.error.RockyException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A failure the API answers with its own code, status and hint. */
public final class ApiException extends RockyException implements Hinted {
  private static final long serialVersionUID = 1L;
  private final String hint;
  private final @Nullable String runningRunId;
  private final transient List<Diagnostic> diagnostics;

  public ApiException(ApiErrorCode code, String message, String hint) {
    this(code, message, hint, null, List.of());
  }

  public ApiException(ApiErrorCode code, String message, String hint, @Nullable String runningRunId,
      List<Diagnostic> diagnostics) {
    super(code, message);
    this.hint = Objects.requireNonNull(hint, "hint");
    this.runningRunId = runningRunId;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Another run is in progress; {@code runId} names it when known. */
  public static ApiException runInProgress(@Nullable String runId) {
    return new ApiException(ApiErrorCode.RUN_IN_PROGRESS,
        "another run of this project is in progress" + (runId == null ? "" : ": " + runId),
        runId == null ? "wait for it to finish, then start the run again"
            : "wait for it to finish (GET /runs/" + runId + "), then start the run again",
        runId, List.of());
  }

  public ApiErrorCode apiCode() {
    return (ApiErrorCode) code();
  }

  @Override
  public String hint() {
    return hint;
  }

  /** The body this failure is answered with. */
  public ApiError body() {
    return new ApiError(apiCode().token(), getMessage(), hint, runningRunId, diagnostics.isEmpty() ? null : diagnostics);
  }
}
