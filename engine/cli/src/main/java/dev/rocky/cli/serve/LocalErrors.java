package dev.rocky.cli.serve;

import dev.rocky.app.api.ApiError;
import dev.rocky.app.api.ApiErrorCode;
import dev.rocky.app.api.ApiException;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.core.error.Hinted;
import dev.rocky.core.error.RockyException;
import java.util.function.Supplier;

/** The CLI's failures as the API answers them. */
final class LocalErrors {
  private LocalErrors() {}

  /** Runs {@code step}; a {@link CliException} leaves as the {@link ApiException} with its message and hint. */
  static <T> T translated(Supplier<T> step) {
    try {
      return step.get();
    } catch (CliException e) {
      ApiErrorCode code = e.code() == CliErrorCode.USAGE ? ApiErrorCode.REQUEST_INVALID : ApiErrorCode.PROJECT_INVALID;
      throw new ApiException(code, message(e), e.hint());
    }
  }

  /** The {@code error} of a run that failed after it started. */
  static ApiError error(Throwable e) {
    if (e instanceof ApiException api) {
      return api.body();
    }
    if (e instanceof CliException cli) {
      return ApiError.of(ApiErrorCode.PROJECT_INVALID, message(cli), cli.hint());
    }
    if (e instanceof RockyException rocky) {
      ApiErrorCode code = switch (rocky.type()) {
        case USER_ERROR -> ApiErrorCode.REQUEST_INVALID;
        case EXTERNAL, INSUFFICIENT_RESOURCES -> ApiErrorCode.UNAVAILABLE;
        case INTERNAL_ERROR -> ApiErrorCode.INTERNAL;
      };
      return ApiError.of(code, message(rocky), rocky instanceof Hinted h ? h.hint() : "start the run again; "
          + "if it fails the same way, run it with 'rocky run' to see the details");
    }
    return ApiError.of(ApiErrorCode.INTERNAL, e.getClass().getSimpleName() + ": " + message(e),
        "this is a bug in rocky; run the server with --debug to see the stack trace");
  }

  private static String message(Throwable e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
  }
}
