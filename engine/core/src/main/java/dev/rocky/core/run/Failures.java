package dev.rocky.core.run;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;

/** Classifies any throwable for the retry layer and for run output. */
public final class Failures {
  private Failures() {}

  /** Whether retrying may help: a transient classified code, or a shortage of resources. */
  public static boolean isTransient(Throwable failure) {
    return failureClass(failure) == FailureClass.TRANSIENT;
  }

  /** Transient, permanent, or unknown when the failure carries no classification. */
  public static FailureClass failureClass(Throwable failure) {
    if (!(failure instanceof RockyException rocky)) {
      return FailureClass.UNKNOWN;
    }
    if (rocky.code() instanceof ClassifiedErrorCode classified) {
      return classified.isTransient() ? FailureClass.TRANSIENT : FailureClass.PERMANENT;
    }
    return switch (rocky.type()) {
      case INSUFFICIENT_RESOURCES -> FailureClass.TRANSIENT;
      case USER_ERROR, INTERNAL_ERROR -> FailureClass.PERMANENT;
      case EXTERNAL -> FailureClass.UNKNOWN;
    };
  }

  /** The {@code failure_kind} to report for a failure. */
  public static FailureKind kind(Throwable failure) {
    if (failure instanceof RockyException rocky) {
      if (rocky.code() instanceof ClassifiedErrorCode classified) {
        return classified.failureKind();
      }
      if (rocky.type() == ErrorType.INSUFFICIENT_RESOURCES) {
        return FailureKind.QUOTA_EXCEEDED;
      }
    }
    return FailureKind.UNKNOWN;
  }
}
