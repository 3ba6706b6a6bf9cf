package dev.rocky.app.execute;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.Failures;
import java.util.Objects;

/**
 * Why a model failed, typed: the warehouse's message, the model's SQL file, Rocky's
 * {@code failure_kind}, whose problem it is, and the error code.
 *
 * @param code the {@link dev.rocky.core.error.ErrorCode} name, e.g. {@code DUCKDB_DIVISION_BY_ZERO},
 *     or the exception class for a failure Rocky did not classify
 */
public record ModelError(
    @JsonProperty("message") String message,
    @JsonProperty("sql_file") String sqlFile,
    @JsonProperty("failure_kind") FailureKind failureKind,
    @JsonProperty("error_class") ErrorClass errorClass,
    @JsonProperty("code") String code) {

  public ModelError {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sqlFile, "sqlFile");
    Objects.requireNonNull(failureKind, "failureKind");
    Objects.requireNonNull(errorClass, "errorClass");
    Objects.requireNonNull(code, "code");
  }

  /** Classifies a failure of the model in {@code sqlFile}; an unclassified exception is a bug of ours. */
  public static ModelError of(Throwable failure, String sqlFile) {
    String message = failure.getMessage() == null || failure.getMessage().isBlank()
        ? failure.getClass().getSimpleName() : failure.getMessage().strip();
    if (failure instanceof RockyException rocky) {
      return new ModelError(message, sqlFile, Failures.kind(rocky), ErrorClass.of(rocky.type()), rocky.code().name());
    }
    return new ModelError(message, sqlFile, FailureKind.UNKNOWN, ErrorClass.INTERNAL, failure.getClass().getName());
  }

  /** One line for run records and run output: {@code models/fct.sql: <the warehouse's message>}. */
  @JsonIgnore
  public String summary() {
    return sqlFile + ": " + message;
  }
}
