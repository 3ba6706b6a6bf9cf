package dev.rocky.fn;

import org.jspecify.annotations.Nullable;

/** A bug in Rocky: retrying does not help. */
public final class RockyInternalError extends RockyFunctionError {
  private static final long serialVersionUID = 1L;

  public RockyInternalError(String code, String message, @Nullable Throwable cause) {
    super(code, message, cause);
  }
}
