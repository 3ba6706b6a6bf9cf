package dev.rocky.core.run;

import dev.rocky.core.error.ErrorCode;

/**
 * An error code that also says whether a retry can help and how the failure is reported. Adapter
 * and store error enums implement it; the run loop retries only transient failures.
 */
public interface ClassifiedErrorCode extends ErrorCode {

  /** True when the same request may succeed if repeated (a lock conflict, a dropped connection). */
  boolean isTransient();

  /** The {@code failure_kind} reported for this error. */
  FailureKind failureKind();
}
