package dev.rocky.fn;

import org.jspecify.annotations.Nullable;

/** A failure that a retry may cure: the only kind a state machine retries. */
public final class RockyTransientError extends RockyFunctionError {
  private static final long serialVersionUID = 1L;

  public RockyTransientError(String code, String message, @Nullable Throwable cause) {
    super(code, message, cause);
  }
}
