package dev.rocky.adapter.duckdb;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.run.ClassifiedErrorCode;
import dev.rocky.core.run.FailureKind;

/** Error codes of the DuckDB adapter, each with its type, retryability and failure kind. */
public enum DuckDbErrorCode implements ClassifiedErrorCode {
  /** A user's SQL (a seed script, a model) was rejected by DuckDB. */
  DUCKDB_SQL_REJECTED(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** The SQL does not parse. */
  DUCKDB_SYNTAX_ERROR(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** The SQL names a table, view, schema or function that does not exist. */
  DUCKDB_OBJECT_NOT_FOUND(ErrorType.USER_ERROR, false, FailureKind.NOT_FOUND),
  /** A value could not be converted, or overflowed its type. */
  DUCKDB_TYPE_ERROR(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** An integer division or modulo by zero. */
  DUCKDB_DIVISION_BY_ZERO(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** A NOT NULL, primary-key, unique or check constraint was violated. */
  DUCKDB_CONSTRAINT_VIOLATION(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** Another process holds the database file's lock. */
  DUCKDB_DATABASE_LOCKED(ErrorType.EXTERNAL, false, FailureKind.CONNECTION_FAILED),
  /** Two transactions wrote the same rows or catalog entries; repeating the statement may succeed. */
  DUCKDB_TRANSACTION_CONFLICT(ErrorType.EXTERNAL, true, FailureKind.TRANSIENT),
  /** Reading or writing a file failed. */
  DUCKDB_IO_ERROR(ErrorType.EXTERNAL, true, FailureKind.TRANSIENT),
  /** DuckDB ran out of memory. */
  DUCKDB_OUT_OF_MEMORY(ErrorType.INSUFFICIENT_RESOURCES, true, FailureKind.QUOTA_EXCEEDED),
  /** The statement was cancelled. */
  DUCKDB_INTERRUPTED(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN),
  /** The database could not be opened or failed underneath us. */
  DUCKDB_UNAVAILABLE(ErrorType.EXTERNAL, true, FailureKind.CONNECTION_FAILED),
  /** DuckDB reported an internal or fatal error; the database must be reopened. */
  DUCKDB_INTERNAL_ERROR(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN),
  /** The adapter was used after it was closed: a bug in the caller. */
  DUCKDB_CLOSED(ErrorType.INTERNAL_ERROR, false, FailureKind.UNKNOWN),
  /** DuckDB failed in a way this adapter does not recognise. */
  DUCKDB_UNCLASSIFIED(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN);

  private final Classification classification;

  DuckDbErrorCode(ErrorType type, boolean transientFailure, FailureKind failureKind) {
    this.classification = new Classification(type, transientFailure, failureKind);
  }

  @Override
  public Classification classification() {
    return classification;
  }
}
