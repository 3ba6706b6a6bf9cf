package dev.rocky.app.branch;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/** Why a branch command could not do what was asked. On the wire a code is its lower-case name. */
public enum BranchErrorCode implements ErrorCode {
  /** No branch of that name was created. */
  BRANCH_NOT_FOUND,
  /** A branch of that name exists already. */
  BRANCH_EXISTS,
  /** The branch name cannot become a schema name. */
  BRANCH_INVALID_NAME,
  /** Promotion needs a run of the branch, and there is none. */
  BRANCH_NOT_RUN,
  /** The branch's last run did not build every model it selected. */
  BRANCH_RUN_FAILED,
  /** The project's files changed since the branch's last run: its tables are not what the files say. */
  BRANCH_STALE;

  @Override
  public ErrorType type() {
    return ErrorType.USER_ERROR;
  }
}
