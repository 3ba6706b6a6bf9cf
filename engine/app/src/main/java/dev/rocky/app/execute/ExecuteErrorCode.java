package dev.rocky.app.execute;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.run.ClassifiedErrorCode;
import dev.rocky.core.run.FailureKind;

/** Error codes raised while executing a model, beyond those of the warehouse and the planner. */
public enum ExecuteErrorCode implements ClassifiedErrorCode {
  /** The maximum of a watermark's timestamp_column is not a timestamp or a date. */
  EXECUTE_WATERMARK_NOT_A_TIMESTAMP(ErrorType.USER_ERROR, FailureKind.QUERY_REJECTED);

  private final ErrorType type;
  private final FailureKind failureKind;

  ExecuteErrorCode(ErrorType type, FailureKind failureKind) {
    this.type = type;
    this.failureKind = failureKind;
  }

  @Override
  public ErrorType type() {
    return type;
  }

  @Override
  public boolean isTransient() {
    return false;
  }

  @Override
  public FailureKind failureKind() {
    return failureKind;
  }
}
