package dev.rocky.fn;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.run.ClassifiedErrorCode;
import dev.rocky.core.run.FailureKind;

/** Error codes of the functions themselves, beyond the engine's. */
public enum FunctionErrorCode implements ClassifiedErrorCode {
  /** The payload is not valid JSON for the function, or a field is out of range. */
  REQUEST_INVALID(ErrorType.USER_ERROR, false, FailureKind.UNKNOWN),
  /** No project snapshot under the key the request names. */
  SNAPSHOT_NOT_FOUND(ErrorType.USER_ERROR, false, FailureKind.NOT_FOUND),
  /** The snapshot is not a zip or tar archive of a project, or is too large. */
  SNAPSHOT_UNREADABLE(ErrorType.USER_ERROR, false, FailureKind.UNKNOWN),
  /** No run plan under the key the request names. */
  PLAN_NOT_FOUND(ErrorType.USER_ERROR, false, FailureKind.NOT_FOUND),
  /** The plan has no step for the model the request names (an ephemeral model, or a typo). */
  MODEL_NOT_IN_PLAN(ErrorType.USER_ERROR, false, FailureKind.NOT_FOUND),
  /** The plan was made for another warehouse than the one this function runs on. */
  PLAN_DIALECT_MISMATCH(ErrorType.USER_ERROR, false, FailureKind.UNKNOWN),
  /** Another invocation is executing the same model of the same run right now. */
  EXECUTION_IN_FLIGHT(ErrorType.EXTERNAL, true, FailureKind.TRANSIENT),
  /** The function's environment lacks a setting it needs (a deployment mistake). */
  CONFIGURATION_MISSING(ErrorType.INTERNAL_ERROR, false, FailureKind.UNKNOWN),
  /** No run record under the run id the request names (the run was never finished). */
  RUN_NOT_FOUND(ErrorType.USER_ERROR, false, FailureKind.NOT_FOUND),
  /** The project snapshot a step after the models reads has compile errors. */
  PROJECT_HAS_ERRORS(ErrorType.USER_ERROR, false, FailureKind.UNKNOWN);

  private final Classification classification;

  FunctionErrorCode(ErrorType type, boolean transientFailure, FailureKind failureKind) {
    this.classification = new Classification(type, transientFailure, failureKind);
  }

  @Override
  public Classification classification() {
    return classification;
  }
}
