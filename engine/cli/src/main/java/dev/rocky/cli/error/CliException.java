package dev.rocky.cli.error;

import dev.rocky.core.error.RockyException;
import java.util.Objects;

/** A failure the CLI reports itself, with a hint that tells the user what to do next. */
public final class CliException extends RockyException {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public CliException(CliErrorCode code, String message, String hint) {
    super(code, message);
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  public CliException(CliErrorCode code, String message, String hint, Throwable cause) {
    super(code, message, cause);
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  public String hint() {
    return hint;
  }

  /** The error every not-yet-wired command raises. */
}
