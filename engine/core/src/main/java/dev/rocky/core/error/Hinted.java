package dev.rocky.core.error;

/** A failure that knows what the user should do next; the CLI prints the hint under the message. */
public interface Hinted {
  /** One line, e.g. "pass an existing branch, tag or commit". */
  String hint();
}
