package dev.rocky.catalog;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/** Why a catalog site could not be written. On the wire a code is its lower-case name. */
public enum CatalogErrorCode implements ErrorCode {
  /** The output directory is not empty and was not written by {@code rocky catalog}. */
  OUTPUT_NOT_CATALOG(ErrorType.USER_ERROR),
  /** A file could not be written (permissions, disk full). */
  OUTPUT_FAILED(ErrorType.INSUFFICIENT_RESOURCES);

  private final ErrorType type;

  CatalogErrorCode(ErrorType type) {
    this.type = type;
  }

  @Override
  public ErrorType type() {
    return type;
  }
}
