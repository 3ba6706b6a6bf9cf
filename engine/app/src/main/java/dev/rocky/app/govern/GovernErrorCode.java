package dev.rocky.app.govern;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/** Error codes of the governance service. */
public enum GovernErrorCode implements ErrorCode {
  /** Role inheritance forms a cycle or names an unknown role. */
  GOVERN_INVALID_ROLES(ErrorType.USER_ERROR),
  /** The warehouse lacks what the operation needs (DuckDB has no grants). */
  GOVERN_UNSUPPORTED(ErrorType.USER_ERROR),
  /** A snapshot of the current grants is not valid JSON of the expected shape. */
  GOVERN_INVALID_SNAPSHOT(ErrorType.USER_ERROR),
  /** Reading masks or grants back from the warehouse failed. */
  GOVERN_READ_BACK_FAILED(ErrorType.EXTERNAL);

  private final ErrorType type;

  GovernErrorCode(ErrorType type) {
    this.type = type;
  }

  @Override
  public ErrorType type() {
    return type;
  }
}
