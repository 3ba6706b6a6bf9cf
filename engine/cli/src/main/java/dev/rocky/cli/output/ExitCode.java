package dev.rocky.cli.output;

/** Rocky's process exit codes; scripts and orchestrators (Dagster, CI) rely on them. */
public enum ExitCode {
  /** Everything succeeded. */
  SUCCESS(0),
  /** A hard failure: bad configuration or flags, compile errors, an unreachable warehouse. */
  FAILURE(1),
  /** The command finished but some models or tables failed; the JSON result is still printed. */
  PARTIAL_SUCCESS(2),
  /** {@code rocky ci} passed, with compiler warnings. */
  WARNINGS(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The number the process exits with. */
  public int code() {
    return code;
  }
}
