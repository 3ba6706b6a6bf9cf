package dev.rocky.app.api;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;
import java.util.Locale;

/** The API's error codes and their HTTP statuses. On the wire a code is its lower-case name. */
public enum ApiErrorCode implements ErrorCode {
  /** The body or a parameter is malformed, or names something the project does not have. */
  REQUEST_INVALID(400, ErrorType.USER_ERROR),
  /** No bearer token, or the wrong one (rocky serve); no IAM principal (API Gateway). */
  UNAUTHORIZED(401, ErrorType.USER_ERROR),
  /** No route at this path. */
  NOT_FOUND(404, ErrorType.USER_ERROR),
  RUN_NOT_FOUND(404, ErrorType.USER_ERROR),
  MODEL_NOT_FOUND(404, ErrorType.USER_ERROR),
  PIPELINE_NOT_FOUND(404, ErrorType.USER_ERROR),
  /** The route exists, but not with this method. */
  METHOD_NOT_ALLOWED(405, ErrorType.USER_ERROR),
  /** Another run of the project is in progress. */
  RUN_IN_PROGRESS(409, ErrorType.USER_ERROR),
  /** The body is larger than the API reads. */
  REQUEST_TOO_LARGE(413, ErrorType.USER_ERROR),
  /** The project does not compile (or its configuration cannot be read). */
  PROJECT_INVALID(422, ErrorType.USER_ERROR),
  /** A bug in Rocky. */
  INTERNAL(500, ErrorType.INTERNAL_ERROR),
  /** The state store, the warehouse or the workflow service failed; trying again may work. */
  UNAVAILABLE(503, ErrorType.EXTERNAL);

  private final int status;
  private final ErrorType type;

  ApiErrorCode(int status, ErrorType type) {
    this.status = status;
    this.type = type;
  }

  /** The HTTP status it is answered with. */
  public int status() {
    return status;
  }

  @Override
  public ErrorType type() {
    return type;
  }

  /** The code on the wire, e.g. {@code run_in_progress}. */
  public String token() {
    return name().toLowerCase(Locale.ROOT);
  }
}
