package dev.rocky.app.plan;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/** Why {@code rocky apply} refused a plan. On the wire a code is its lower-case name. */
public enum PlanErrorCode implements ErrorCode {
  /** No stored plan has that id (or id prefix). */
  PLAN_NOT_FOUND,
  /** The id prefix matches several stored plans. */
  PLAN_AMBIGUOUS,
  /** The stored plan's bytes no longer hash to its id. */
  PLAN_CORRUPT,
  /** The project's files changed since the plan was made. */
  PLAN_STALE;

  @Override
  public ErrorType type() {
    return ErrorType.USER_ERROR;
  }
}
