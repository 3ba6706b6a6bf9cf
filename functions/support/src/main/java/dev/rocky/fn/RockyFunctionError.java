package dev.rocky.fn;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.run.ClassifiedErrorCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failed invocation, typed for the state machine. The Java runtime reports a thrown exception's
 * class name as the error, so {@code ErrorEquals} matches on these four names:
 *
 * <ul>
 *   <li>{@link RockyTransientError}: a retry may succeed (a throttled or unreachable service, an
 *       invocation already running the same model); the only one to retry;
 *   <li>{@link RockyUserError}: the request or the project is wrong (a missing snapshot, a model
 *       not in the plan); fix the input;
 *   <li>{@link RockyExternalError}: a service refused for good (a corrupt artifact, a lost lease);
 *   <li>{@link RockyInternalError}: a bug in Rocky.
 * </ul>
 *
 * The message starts with the error code, e.g. {@code STATE_BUSY: ...}.
 */
public abstract sealed class RockyFunctionError extends RuntimeException
    permits RockyTransientError, RockyUserError, RockyExternalError, RockyInternalError {
  private static final long serialVersionUID = 1L;
  private final String code;

  RockyFunctionError(String code, String message, @Nullable Throwable cause) {
    super(code + ": " + message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The error code, e.g. {@code SNAPSHOT_NOT_FOUND}. */
  public String code() {
    return code;
  }

  /** The typed error for any failure of an invocation; a typed error is returned as is. */
  public static RockyFunctionError of(Throwable failure) {
    if (failure instanceof RockyFunctionError typed) {
      return typed;
    }
    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    if (failure instanceof RockyException rocky) {
      return of(rocky.code(), message, rocky);
    }
    return new RockyInternalError("INTERNAL", failure.getClass().getName() + ": " + message, failure);
  }

  /** The typed error for {@code code}: its transience first, then its type. */
  public static RockyFunctionError of(ErrorCode code, String message, @Nullable Throwable cause) {
    if (code instanceof ClassifiedErrorCode classified && classified.isTransient()) {
      return new RockyTransientError(code.name(), message, cause);
    }
    return switch (code.type()) {
      case USER_ERROR -> new RockyUserError(code.name(), message, cause);
      case INSUFFICIENT_RESOURCES -> new RockyTransientError(code.name(), message, cause);
      case EXTERNAL -> new RockyExternalError(code.name(), message, cause);
      case INTERNAL_ERROR -> new RockyInternalError(code.name(), message, cause);
    };
  }

  /** Whether a state machine should retry the invocation. */
  public boolean isTransient() {
    return this instanceof RockyTransientError;
  }
}
