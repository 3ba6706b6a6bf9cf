package dev.rocky.core.run;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/**
 * An error code that also says whether a retry can help and how the failure is reported. Adapter
 * and store error enums implement it; the run loop retries only transient failures.
 */
public interface ClassifiedErrorCode extends ErrorCode {

  /** The code's type, whether a retry can help, and its reported kind. */
  Classification classification();

  @Override
  default ErrorType type() {
    return classification().type();
  }

  /** True when the same request may succeed if repeated (a lock conflict, a dropped connection). */
  default boolean isTransient() {
    return classification().isTransient();
  }

  /** The {@code failure_kind} reported for this error. */
  default FailureKind failureKind() {
    return classification().failureKind();
  }

  /** How a code's failures are treated: by type, by retry, by reported kind. */
  record Classification(ErrorType type, boolean isTransient, FailureKind failureKind) {

    /** A request the configuration or SQL makes wrong: a user error, never retried. */
    public static final Classification REJECTED = new Classification(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED);
  }
}
