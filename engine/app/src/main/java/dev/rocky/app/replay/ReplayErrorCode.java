package dev.rocky.app.replay;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/** Why {@code rocky replay} or {@code rocky history --audit} could not start. On the wire a code is its lower-case name. */
public enum ReplayErrorCode implements ErrorCode {
  /** No run has been recorded, so there is no {@code latest}. */
  REPLAY_NO_RUNS,
  /** The run id names no recorded run. */
  REPLAY_RUN_NOT_FOUND,
  /** {@code --model} names a model the run did not execute. */
  REPLAY_MODEL_NOT_IN_RUN;

  @Override
  public ErrorType type() {
    return ErrorType.USER_ERROR;
  }
}
