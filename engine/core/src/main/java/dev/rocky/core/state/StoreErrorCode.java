package dev.rocky.core.state;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.run.ClassifiedErrorCode;
import dev.rocky.core.run.FailureKind;

/** Error codes of state and artifact stores, whatever holds them. */
public enum StoreErrorCode implements ClassifiedErrorCode {
  /** The store could not be opened or reached (a missing directory, an I/O error). */
  STATE_UNAVAILABLE(ErrorType.EXTERNAL, true, FailureKind.CONNECTION_FAILED),
  /** Another process kept the store locked for longer than the busy timeout. */
  STATE_BUSY(ErrorType.EXTERNAL, true, FailureKind.TRANSIENT),
  /** The store's content cannot be read: not a state file, or a value that does not parse. */
  STATE_CORRUPT(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN),
  /** The state file was written by a newer Rocky, with a schema this one does not know. */
  STATE_SCHEMA_TOO_NEW(ErrorType.USER_ERROR, false, FailureKind.UNKNOWN),
  /** Another run holds the project's run lease. */
  STATE_LEASE_HELD(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN),
  /** A write lost to another writer: a lease taken over, an idempotency key held by another run. */
  STATE_CONFLICT(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN),
  /** The store rejected a write for another reason; nothing of it was kept. */
  STATE_WRITE_FAILED(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN),
  /** Stored artifact bytes no longer hash to their key. */
  ARTIFACT_CORRUPT(ErrorType.EXTERNAL, false, FailureKind.UNKNOWN),
  /** The artifact store could not be read or written. */
  ARTIFACT_UNAVAILABLE(ErrorType.EXTERNAL, true, FailureKind.CONNECTION_FAILED);

  private final Classification classification;

  StoreErrorCode(ErrorType type, boolean transientFailure, FailureKind failureKind) {
    this.classification = new Classification(type, transientFailure, failureKind);
  }

  @Override
  public Classification classification() {
    return classification;
  }
}
