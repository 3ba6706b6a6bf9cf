package dev.rocky.app.branch;

import dev.rocky.core.error.Hinted;
import dev.rocky.core.error.RockyException;
import java.util.Objects;

/** A failure of a branch command with a hint that tells the user what to do next. */
public final class BranchException extends RockyException implements Hinted {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public BranchException(BranchErrorCode code, String message, String hint) {
    super(code, message);
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  @Override
  public String hint() {
    return hint;
  }
}
