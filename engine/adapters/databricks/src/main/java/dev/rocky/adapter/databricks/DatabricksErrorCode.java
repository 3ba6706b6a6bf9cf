package dev.rocky.adapter.databricks;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.run.ClassifiedErrorCode;
import dev.rocky.core.run.FailureKind;

/** Error codes of the Databricks adapter, each with its type, retryability and failure kind. */
public enum DatabricksErrorCode implements ClassifiedErrorCode {
  /** The SQL does not parse ({@code PARSE_SYNTAX_ERROR}, SQLSTATE 42601). */
  DATABRICKS_SYNTAX_ERROR(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** A table, view, schema, catalog or function does not exist (SQLSTATE 42P01, 42704, 42883). */
  DATABRICKS_OBJECT_NOT_FOUND(ErrorType.USER_ERROR, false, FailureKind.NOT_FOUND),
  /** The warehouse rejected the SQL for another reason (unresolved column, bad plan, ...). */
  DATABRICKS_SQL_REJECTED(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** A value could not be cast, or overflowed (SQLSTATE class 22). */
  DATABRICKS_TYPE_ERROR(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** A division by zero ({@code DIVIDE_BY_ZERO}, SQLSTATE 22012). */
  DATABRICKS_DIVISION_BY_ZERO(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** A NOT NULL or CHECK constraint was violated (SQLSTATE class 23). */
  DATABRICKS_CONSTRAINT_VIOLATION(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** The principal lacks a privilege (HTTP 403, SQLSTATE 42501). */
  DATABRICKS_PERMISSION_DENIED(ErrorType.USER_ERROR, false, FailureKind.AUTH_FAILED),
  /** The credentials were refused (HTTP 401, or the OAuth token endpoint said no). */
  DATABRICKS_AUTH_FAILED(ErrorType.USER_ERROR, false, FailureKind.AUTH_FAILED),
  /** The adapter's configuration is incomplete or malformed (host, http_path, credentials). */
  DATABRICKS_INVALID_CONFIG(ErrorType.USER_ERROR, false, FailureKind.CONNECTION_FAILED),
  /** A name given to a capability (a principal, privilege or mask function) is not an identifier. */
  DATABRICKS_INVALID_IDENTIFIER(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** The API refused the request (HTTP 400): a bad parameter or warehouse id. */
  DATABRICKS_REQUEST_REJECTED(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** A query's result is larger than the inline limit. */
  DATABRICKS_RESULT_TOO_LARGE(ErrorType.USER_ERROR, false, FailureKind.QUERY_REJECTED),
  /** Too many requests (HTTP 429, RESOURCE_EXHAUSTED): the adapter also lowers its concurrency. */
  DATABRICKS_THROTTLED(ErrorType.EXTERNAL, true, FailureKind.QUOTA_EXCEEDED),
  /** The workspace or warehouse is unreachable or temporarily unavailable (HTTP 5xx, I/O). */
  DATABRICKS_UNAVAILABLE(ErrorType.EXTERNAL, true, FailureKind.CONNECTION_FAILED),
  /** A Delta write conflicted with a concurrent one; repeating it may succeed. */
  DATABRICKS_CONCURRENT_MODIFICATION(ErrorType.EXTERNAL, true, FailureKind.TRANSIENT),
  /** The warehouse reported an internal error. */
  DATABRICKS_INTERNAL_ERROR(ErrorType.EXTERNAL, true, FailureKind.TRANSIENT),
  /** The statement ran past {@code timeout_secs} and was cancelled. */
  DATABRICKS_STATEMENT_TIMEOUT(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN),
  /** The statement was cancelled. */
  DATABRICKS_CANCELLED(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN),
  /** Several statements were asked to run in one transaction; Databricks SQL has none. */
  DATABRICKS_TRANSACTIONS_UNSUPPORTED(ErrorType.INTERNAL_ERROR, false, FailureKind.UNKNOWN),
  /** The adapter was used after it was closed: a bug in the caller. */
  DATABRICKS_CLOSED(ErrorType.INTERNAL_ERROR, false, FailureKind.UNKNOWN),
  /** Databricks failed in a way this adapter does not recognise. */
  DATABRICKS_UNCLASSIFIED(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN);

  private final Classification classification;

  DatabricksErrorCode(ErrorType type, boolean transientFailure, FailureKind failureKind) {
    this.classification = new Classification(type, transientFailure, failureKind);
  }

  @Override
  public Classification classification() {
    return classification;
  }
}
