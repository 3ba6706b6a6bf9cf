package dev.rocky.app.replication;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.run.ClassifiedErrorCode;
import dev.rocky.core.run.FailureKind;

/** Runtime failures of one table's copy that the warehouse did not raise itself. */
public enum ReplicationRunErrorCode implements ClassifiedErrorCode {
  /** The source table was discovered but is gone (or has no columns) when its copy starts. */
  REPLICATION_SOURCE_MISSING(ErrorType.EXTERNAL, FailureKind.NOT_FOUND),
  /** The timestamp column's maximum is not a timestamp, so no watermark can be kept. */
  REPLICATION_WATERMARK_NOT_A_TIMESTAMP(ErrorType.USER_ERROR, FailureKind.QUERY_REJECTED),
  /** A hook with {@code on_failure = "abort"} failed on an event of the run. */
  REPLICATION_ABORTED_BY_HOOK(ErrorType.USER_ERROR, FailureKind.UNKNOWN);

  private final Classification classification;

  ReplicationRunErrorCode(ErrorType type, FailureKind kind) {
    this.classification = new Classification(type, false, kind);
  }

  @Override
  public Classification classification() {
    return classification;
  }
}
