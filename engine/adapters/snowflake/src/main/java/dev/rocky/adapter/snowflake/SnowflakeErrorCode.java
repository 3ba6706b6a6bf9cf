package dev.rocky.adapter.snowflake;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.run.ClassifiedErrorCode;
import dev.rocky.core.run.FailureKind;

/** Error codes of the Snowflake adapter, each with its type, retryability and failure kind. */
public enum SnowflakeErrorCode implements ClassifiedErrorCode {
  /** The SQL does not parse (vendor code 1003, SQLSTATE 42000 / 42601). */
  SNOWFLAKE_SYNTAX_ERROR(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** An object does not exist or is not authorized (2003, 2043; SQLSTATE 42S02, 02000). */
  SNOWFLAKE_OBJECT_NOT_FOUND(ErrorType.USER_ERROR, false, FailureKind.NOT_FOUND),
  /** The SQL was rejected for another reason (an invalid identifier, 904, ...). */
  SNOWFLAKE_SQL_REJECTED(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** A value was not recognised or overflowed (100038 and kin; SQLSTATE class 22). */
  SNOWFLAKE_TYPE_ERROR(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** A division by zero (100051, SQLSTATE 22012). */
  SNOWFLAKE_DIVISION_BY_ZERO(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** A NOT NULL or other constraint was violated (SQLSTATE class 23, 100072). */
  SNOWFLAKE_CONSTRAINT_VIOLATION(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** The role lacks a privilege (3001, SQLSTATE 42501). */
  SNOWFLAKE_PERMISSION_DENIED(ErrorType.USER_ERROR, false, FailureKind.AUTH_FAILED),
  /** The login was refused: wrong password, key, token or user (390100, 390144, 390303, SQLSTATE 28000). */
  SNOWFLAKE_AUTH_FAILED(ErrorType.USER_ERROR, false, FailureKind.AUTH_FAILED),
  /** The session has no usable warehouse (606, SQLSTATE 57P03): a configuration problem. */
  SNOWFLAKE_NO_WAREHOUSE(ErrorType.USER_ERROR, false, FailureKind.CONNECTION_FAILED),
  /** The adapter's configuration is incomplete or malformed. */
  SNOWFLAKE_INVALID_CONFIG(ErrorType.USER_ERROR, false, FailureKind.CONNECTION_FAILED),
  /** A name given to a capability (principal, privilege, column, policy) is not an identifier. */
  SNOWFLAKE_INVALID_IDENTIFIER(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** The service could not be reached, or the session broke (SQLSTATE class 08). */
  SNOWFLAKE_UNAVAILABLE(ErrorType.EXTERNAL, true, FailureKind.CONNECTION_FAILED),
  /** The session's token expired and must be renewed (390112, 390114). */
  SNOWFLAKE_SESSION_EXPIRED(ErrorType.EXTERNAL, true, FailureKind.TRANSIENT),
  /** A lock or transaction conflict (SQLSTATE 40001, 625 lock waiters). */
  SNOWFLAKE_CONCURRENT_MODIFICATION(ErrorType.EXTERNAL, true, FailureKind.TRANSIENT),
  /** Snowflake is throttling or the warehouse queue is full. */
  SNOWFLAKE_THROTTLED(ErrorType.EXTERNAL, true, FailureKind.QUOTA_EXCEEDED),
  /** The statement ran past the statement timeout (630) and was cancelled. */
  SNOWFLAKE_STATEMENT_TIMEOUT(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN),
  /** The statement was cancelled (604, SQLSTATE 57014). */
  SNOWFLAKE_CANCELLED(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN),
  /** The adapter was used after it was closed: a bug in the caller. */
  SNOWFLAKE_CLOSED(ErrorType.INTERNAL_ERROR, false, FailureKind.UNKNOWN),
  /** Snowflake failed in a way this adapter does not recognise. */
  SNOWFLAKE_UNCLASSIFIED(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN);

  private final Classification classification;

  SnowflakeErrorCode(ErrorType type, boolean transientFailure, FailureKind failureKind) {
    this.classification = new Classification(type, transientFailure, failureKind);
  }

  @Override
  public Classification classification() {
    return classification;
  }
}
