package dev.rocky.core.ai;

import dev.rocky.core.error.Hinted;
import dev.rocky.core.error.RockyException;
import java.util.Objects;

/** A failure of a provider or of a model's answer, with what to do next. Never carries a credential. */
public final class AiException extends RockyException implements Hinted {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public AiException(AiErrorCode code, String message, String hint) {
    super(code, message);
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  public AiException(AiErrorCode code, String message, String hint, Throwable cause) {
    super(code, message, cause);
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  @Override
  public String hint() {
    return hint;
  }
}
