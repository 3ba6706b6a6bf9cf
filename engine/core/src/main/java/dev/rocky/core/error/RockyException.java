package dev.rocky.core.error;

import java.util.Objects;

/** The one exception type for runtime failures; carries an {@link ErrorCode}. */
public class RockyException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorCode code;

  public RockyException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public RockyException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }

  public ErrorType type() {
    return code.type();
  }
}
