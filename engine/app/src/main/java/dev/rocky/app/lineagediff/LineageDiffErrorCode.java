package dev.rocky.app.lineagediff;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/** Why {@code lineage-diff} could not compare. On the wire a code is its lower-case name. */
public enum LineageDiffErrorCode implements ErrorCode {
  /** The base ref is empty or looks like an option. */
  INVALID_REF(ErrorType.USER_ERROR),
  /** The base ref names no commit in the repository. */
  UNKNOWN_REF(ErrorType.USER_ERROR),
  /** The project is not inside a git working tree. */
  NOT_A_GIT_REPOSITORY(ErrorType.USER_ERROR),
  /** The project's configuration could not be read, in the working tree or at the base ref. */
  PROJECT_NOT_LOADED(ErrorType.USER_ERROR),
  /** The {@code git} command could not be started. */
  GIT_UNAVAILABLE(ErrorType.USER_ERROR),
  /** A git command failed for another reason. */
  GIT_FAILED(ErrorType.EXTERNAL);

  private final ErrorType type;

  LineageDiffErrorCode(ErrorType type) {
    this.type = type;
  }

  @Override
  public ErrorType type() {
    return type;
  }
}
