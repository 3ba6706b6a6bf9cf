package dev.rocky.app.execute;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.run.ClassifiedErrorCode;
import dev.rocky.core.run.FailureKind;

/** Error codes raised while executing a model, beyond those of the warehouse and the planner. */
public enum ExecuteErrorCode implements ClassifiedErrorCode {
  /** The maximum of a watermark's timestamp_column is not a timestamp or a date. */
  EXECUTE_WATERMARK_NOT_A_TIMESTAMP(ErrorType.USER_ERROR, FailureKind.QUERY_REJECTED);

  private final Classification classification;

  ExecuteErrorCode(ErrorType type, FailureKind failureKind) {
    this.classification = new Classification(type, false, failureKind);
  }

  @Override
  public Classification classification() {
    return classification;
  }
}
