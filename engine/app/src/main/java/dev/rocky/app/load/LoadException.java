package dev.rocky.app.load;

import dev.rocky.core.error.Hinted;
import dev.rocky.core.error.RockyException;

/** A load that did not happen, with what to do about it. */
public final class LoadException extends RockyException implements Hinted {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public LoadException(LoadErrorCode code, String message, String hint) {
    super(code, message);
    this.hint = hint;
  }

  public LoadException(LoadErrorCode code, String message, String hint, Throwable cause) {
    super(code, message, cause);
    this.hint = hint;
  }

  @Override
  public String hint() {
    return hint;
  }
}
