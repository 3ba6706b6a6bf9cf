package dev.rocky.adapter.fivetran;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.run.ClassifiedErrorCode;
import dev.rocky.core.run.FailureKind;

/** Error codes of the Fivetran source adapter. */
public enum FivetranErrorCode implements ClassifiedErrorCode {
  /** {@code destination_id}, {@code api_key} or {@code api_secret} is missing, or {@code base_url} is malformed. */
  FIVETRAN_INVALID_CONFIG(ErrorType.USER_ERROR, false, FailureKind.CONNECTION_FAILED),
  /** The key and secret were refused (HTTP 401) or lack a permission (HTTP 403). */
  FIVETRAN_AUTH_FAILED(ErrorType.USER_ERROR, false, FailureKind.AUTH_FAILED),
  /** The group or connection does not exist (HTTP 404). */
  FIVETRAN_NOT_FOUND(ErrorType.USER_ERROR, false, FailureKind.NOT_FOUND),
  /** Too many requests (HTTP 429). */
  FIVETRAN_THROTTLED(ErrorType.EXTERNAL, true, FailureKind.QUOTA_EXCEEDED),
  /** The API is unreachable, timed out, or failed on its side (HTTP 5xx). */
  FIVETRAN_UNAVAILABLE(ErrorType.EXTERNAL, true, FailureKind.CONNECTION_FAILED),
  /** The API answered something this adapter cannot read (another status, or a body of another shape). */
  FIVETRAN_BAD_RESPONSE(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN);

  private final Classification classification;

  FivetranErrorCode(ErrorType type, boolean transientFailure, FailureKind kind) {
    this.classification = new Classification(type, transientFailure, kind);
  }

  @Override
  public Classification classification() {
    return classification;
  }
}
