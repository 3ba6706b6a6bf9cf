package dev.rocky.core.state;

import dev.rocky.core.error.RockyException;

/** A state write that lost to another writer ({@link StoreErrorCode#STATE_CONFLICT}). */
public class StateConflictException extends RockyException {
  private static final long serialVersionUID = 1L;

  public StateConflictException(String message) {
    super(StoreErrorCode.STATE_CONFLICT, message);
  }
}
