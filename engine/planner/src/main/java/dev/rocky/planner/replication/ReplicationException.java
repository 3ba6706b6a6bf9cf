package dev.rocky.planner.replication;

import dev.rocky.core.error.Hinted;
import dev.rocky.core.error.RockyException;

/** A replication configuration problem, with what to change; the CLI prints the hint under the message. */
public final class ReplicationException extends RockyException implements Hinted {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public ReplicationException(ReplicationErrorCode code, String message, String hint) {
    super(code, message);
    this.hint = hint;
  }

  @Override
  public String hint() {
    return hint;
  }
}
