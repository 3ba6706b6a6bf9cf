package dev.rocky.adapter.duckdb;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/** Error codes of the DuckDB adapter. */
public enum DuckDbErrorCode implements ErrorCode {
  /** A user's SQL (a seed script, a model) was rejected by DuckDB. */
  DUCKDB_SQL_REJECTED(ErrorType.USER_ERROR),
  /** The database could not be opened or failed underneath us. */
  DUCKDB_UNAVAILABLE(ErrorType.EXTERNAL);

  private final ErrorType type;

  DuckDbErrorCode(ErrorType type) {
    this.type = type;
  }

  @Override
  public ErrorType type() {
    return type;
  }
}
