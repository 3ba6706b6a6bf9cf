package dev.rocky.fn;

import org.jspecify.annotations.Nullable;

/** A failure of the request or the project: retrying the same input fails again. */
public final class RockyUserError extends RockyFunctionError {
  private static final long serialVersionUID = 1L;

  public RockyUserError(String code, String message, @Nullable Throwable cause) {
    super(code, message, cause);
  }
}
