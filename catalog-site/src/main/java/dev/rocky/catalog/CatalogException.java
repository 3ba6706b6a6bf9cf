package dev.rocky.catalog;

import dev.rocky.core.error.Hinted;
import dev.rocky.core.error.RockyException;
import java.util.Objects;

/** A failure to write the site, with what to do about it. */
public final class CatalogException extends RockyException implements Hinted {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public CatalogException(CatalogErrorCode code, String message, String hint, Throwable cause) {
    super(code, message, cause);
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  public CatalogException(CatalogErrorCode code, String message, String hint) {
    super(code, message);
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  @Override
  public String hint() {
    return hint;
  }
}
