package dev.rocky.adapter.snowflake;

import dev.rocky.core.config.Secret;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.error.RockyException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Classification by vendor code first, then SQLSTATE, and the wording of messages. */
class SnowflakeErrorsTest {

  @ParameterizedTest
  @CsvSource(nullValues = "-", textBlock = """
      1003,   42000, SQL compilation error: syntax error line 1 at position 0 unexpected 'SELEC'., SNOWFLAKE_SYNTAX_ERROR
      2003,   42S02, Object 'T' does not exist or not authorized.,        SNOWFLAKE_OBJECT_NOT_FOUND
      904,    42000, invalid identifier 'X',                               SNOWFLAKE_SQL_REJECTED
      100038, 22018, Numeric value 'x' is not recognized,                  SNOWFLAKE_TYPE_ERROR
      100051, 22012, Division by zero,                                     SNOWFLAKE_DIVISION_BY_ZERO
      100072, 22000, NULL result in a non-nullable column,                 SNOWFLAKE_CONSTRAINT_VIOLATION
      3001,   42501, Insufficient privileges to operate on table 'T',      SNOWFLAKE_PERMISSION_DENIED
      390100, 08004, Incorrect username or password was specified.,        SNOWFLAKE_AUTH_FAILED
      390144, 08004, JWT token is invalid.,                                SNOWFLAKE_AUTH_FAILED
      390303, 08004, Invalid OAuth access token.,                          SNOWFLAKE_AUTH_FAILED
      390114, 08001, Authentication token has expired.,                    SNOWFLAKE_SESSION_EXPIRED
      606,    57P03, No active warehouse selected in the current session.,  SNOWFLAKE_NO_WAREHOUSE
      604,    57014, SQL execution canceled,                               SNOWFLAKE_CANCELLED
      630,    57014, Statement reached its statement or warehouse timeout, SNOWFLAKE_STATEMENT_TIMEOUT
      625,    57014, Statement was aborted because the number of waiters for this lock exceeds, SNOWFLAKE_CONCURRENT_MODIFICATION
      0,      40001, serialization failure,                                SNOWFLAKE_CONCURRENT_MODIFICATION
      200001, 08001, JDBC driver encountered communication error,          SNOWFLAKE_UNAVAILABLE
      0,      -,     something odd,                                        SNOWFLAKE_UNCLASSIFIED
      """)
  void codesAndStatesClassify(int vendor, String state, String message, SnowflakeErrorCode expected) {
    assertThat(SnowflakeErrors.code(vendor, state, message, false)).isEqualTo(expected);
  }

  @Test
  void transientKindsAreTheOnesARetryCanHelp() {
    assertThat(SnowflakeErrorCode.SNOWFLAKE_UNAVAILABLE.isTransient()).isTrue();
    assertThat(SnowflakeErrorCode.SNOWFLAKE_SESSION_EXPIRED.isTransient()).isTrue();
    assertThat(SnowflakeErrorCode.SNOWFLAKE_CONCURRENT_MODIFICATION.isTransient()).isTrue();
    assertThat(SnowflakeErrorCode.SNOWFLAKE_OBJECT_NOT_FOUND.isTransient()).isFalse();
    assertThat(SnowflakeErrorCode.SNOWFLAKE_STATEMENT_TIMEOUT.isTransient()).isFalse();
  }

  @Test
  void messagesKeepTheCompilationErrorLineAndNoSecret() {
    SnowflakeErrors errors = new SnowflakeErrors(List.of(Secret.of("hunter2")));
    RockyException e = errors.classify(new SnowflakeErrors.Context("running a statement", "fct"),
        new SQLException("SQL compilation error:\nObject 'T' does not exist; password=hunter2\nmore", "42S02", 2003), "q-1");

    assertThat(e.getMessage()).isEqualTo("running a statement for model fct (query q-1) failed in Snowflake: "
        + "SQL compilation error: Object 'T' does not exist; password=***");
  }
}
