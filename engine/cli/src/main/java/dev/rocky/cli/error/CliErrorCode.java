package dev.rocky.cli.error;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;
import java.util.Locale;

/** Errors raised by the command line itself. On the wire a code is its lower-case name. */
public enum CliErrorCode implements ErrorCode {
  /** Unknown command or option, a missing or malformed argument. */
  USAGE(ErrorType.USER_ERROR),
  /** {@code rocky init} found a {@code rocky.toml} already in place. */
  PROJECT_EXISTS(ErrorType.USER_ERROR),
  /** A scaffold would overwrite a file, or its directory is not empty. */
  FILE_EXISTS(ErrorType.USER_ERROR),
  /** A file could not be read or written. */
  IO(ErrorType.USER_ERROR),
  /** rocky.toml lacks what the command needs (a pipeline, its adapter). */
  CONFIG(ErrorType.USER_ERROR),
  /** The project asks for something this build cannot do yet, such as running on a warehouse without an adapter. */
  UNSUPPORTED(ErrorType.USER_ERROR),
  /** A bug: an exception nobody expected. */
  INTERNAL(ErrorType.INTERNAL_ERROR);

  private final ErrorType type;

  CliErrorCode(ErrorType type) {
    this.type = type;
  }

  @Override
  public ErrorType type() {
    return type;
  }

  /** The token printed in {@code error[...]}, e.g. {@code project_exists}. */
  public String token() {
    return name().toLowerCase(Locale.ROOT);
  }
}
