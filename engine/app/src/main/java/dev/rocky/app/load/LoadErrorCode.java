package dev.rocky.app.load;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/** Why files could not be loaded. On the wire a code is its lower-case name. */
public enum LoadErrorCode implements ErrorCode {
  /** A file does not parse in its format: a CSV row with the wrong number of fields, bad JSON, a value that does not convert. */
  LOAD_MALFORMED_FILE,
  /** No file to load: the path is missing, or a directory holds no file of a known format. */
  LOAD_NO_FILES,
  /** The format is neither given nor implied by the file's extension, or is not one Rocky reads. */
  LOAD_UNKNOWN_FORMAT,
  /** The target table does not exist and the load was not asked to create it. */
  LOAD_TARGET_MISSING,
  /** The warehouse refused to move the staged rows into their target (e.g. the columns differ). */
  LOAD_REJECTED;

  @Override
  public ErrorType type() {
    return ErrorType.USER_ERROR;
  }
}
