package dev.rocky.adapter.databricks;

import static org.assertj.core.api.Assertions.assertThat;

import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.service.sql.ServiceErrorCode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classification of statement failures (error class, SQLSTATE, service code) and of API failures (HTTP status). */
class DatabricksErrorsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      BAD_REQUEST       | [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'. SQLSTATE: 42601          | DATABRICKS_SYNTAX_ERROR
      BAD_REQUEST       | [TABLE_OR_VIEW_NOT_FOUND] The table or view `x` cannot be found. SQLSTATE: 42P01 | DATABRICKS_OBJECT_NOT_FOUND
      BAD_REQUEST       | [SCHEMA_NOT_FOUND] The schema `s` cannot be found. SQLSTATE: 42704              | DATABRICKS_OBJECT_NOT_FOUND
      BAD_REQUEST       | [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column cannot be resolved. SQLSTATE: 42703 | DATABRICKS_SQL_REJECTED
      BAD_REQUEST       | [DIVIDE_BY_ZERO] Division by zero. SQLSTATE: 22012                            | DATABRICKS_DIVISION_BY_ZERO
      BAD_REQUEST       | [CAST_INVALID_INPUT] The value 'x' cannot be cast. SQLSTATE: 22018            | DATABRICKS_TYPE_ERROR
      BAD_REQUEST       | [DELTA_NOT_NULL_CONSTRAINT_VIOLATED] NOT NULL constraint violated. SQLSTATE: 23502 | DATABRICKS_CONSTRAINT_VIOLATION
      BAD_REQUEST       | [INSUFFICIENT_PERMISSIONS] User does not have SELECT. SQLSTATE: 42501         | DATABRICKS_PERMISSION_DENIED
      ABORTED           | [DELTA_CONCURRENT_APPEND] Files were added. SQLSTATE: 2D521                    | DATABRICKS_CONCURRENT_MODIFICATION
      BAD_REQUEST       | [DELTA_CONCURRENT_DELETE_READ] A file was deleted. SQLSTATE: 2D521             | DATABRICKS_CONCURRENT_MODIFICATION
      RESOURCE_EXHAUSTED| The warehouse queue is full.                                                   | DATABRICKS_THROTTLED
      TEMPORARILY_UNAVAILABLE | The warehouse is starting.                                               | DATABRICKS_UNAVAILABLE
      DEADLINE_EXCEEDED | The statement timed out.                                                       | DATABRICKS_STATEMENT_TIMEOUT
      CANCELLED         | The statement was cancelled.                                                   | DATABRICKS_CANCELLED
      INTERNAL_ERROR    | Something broke.                                                               | DATABRICKS_INTERNAL_ERROR
      UNKNOWN           | Who knows.                                                                     | DATABRICKS_UNCLASSIFIED
      """)
  void aFailedStatementIsClassifiedByItsErrorClassStateAndServiceCode(ServiceErrorCode code, String message,
      DatabricksErrorCode expected) {
    assertThat(DatabricksErrors.statementCode(code, message, null)).isEqualTo(expected);
  }

  @Test
  void theStatusSqlStateIsUsedWhenTheMessageHasNone() {
    assertThat(DatabricksErrors.statementCode(ServiceErrorCode.BAD_REQUEST, "no such table", "42P01"))
        .isEqualTo(DatabricksErrorCode.DATABRICKS_OBJECT_NOT_FOUND);
  }

  @ParameterizedTest
  @CsvSource({
      "429, TOO_MANY_REQUESTS, DATABRICKS_THROTTLED",
      "400, REQUEST_LIMIT_EXCEEDED, DATABRICKS_THROTTLED",
      "401, UNAUTHENTICATED, DATABRICKS_AUTH_FAILED",
      "403, PERMISSION_DENIED, DATABRICKS_PERMISSION_DENIED",
      "404, RESOURCE_DOES_NOT_EXIST, DATABRICKS_OBJECT_NOT_FOUND",
      "400, INVALID_PARAMETER_VALUE, DATABRICKS_REQUEST_REJECTED",
      "500, INTERNAL_ERROR, DATABRICKS_UNAVAILABLE",
      "503, TEMPORARILY_UNAVAILABLE, DATABRICKS_UNAVAILABLE"})
  void anApiFailureIsClassifiedByItsStatus(int status, String code, DatabricksErrorCode expected) {
    assertThat(DatabricksErrors.httpCode(new DatabricksError(code, "message", status))).isEqualTo(expected);
  }

  @Test
  void anIoFailureIsTransientUnavailability() {
    DatabricksError io = new DatabricksError("IO_ERROR", 0, new IOException("Connection refused"));
    assertThat(DatabricksErrors.httpCode(io)).isEqualTo(DatabricksErrorCode.DATABRICKS_UNAVAILABLE);
    assertThat(DatabricksErrorCode.DATABRICKS_UNAVAILABLE.isTransient()).isTrue();
  }
}
