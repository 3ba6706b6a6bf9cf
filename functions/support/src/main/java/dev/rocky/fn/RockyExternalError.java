package dev.rocky.fn;

import org.jspecify.annotations.Nullable;

/** A service refused for good (a corrupt artifact, a lost lease): retrying does not help. */
public final class RockyExternalError extends RockyFunctionError {
  private static final long serialVersionUID = 1L;

  public RockyExternalError(String code, String message, @Nullable Throwable cause) {
    super(code, message, cause);
  }
}
