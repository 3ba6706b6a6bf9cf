package dev.rocky.compiler.dsl;

import org.jspecify.annotations.Nullable;

/**
 * A DSL file that cannot be read or lowered: the message, where it points, how many characters
 * the caret covers, and what to do about it. Internal; {@link RockyDsl} turns it into an E004
 * diagnostic.
 */
final class DslSyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Pos pos;
  private final int length;
  private final @Nullable String suggestion;

  DslSyntaxError(String message, Pos pos, int length, @Nullable String suggestion) {
    super(message, null, false, false);
    this.pos = pos;
    this.length = Math.max(1, length);
    this.suggestion = suggestion;
  }

  static DslSyntaxError at(Token token, String message, @Nullable String suggestion) {
    return new DslSyntaxError(message, token.pos(), token.length(), suggestion);
  }

  Pos pos() {
    return pos;
  }

  int length() {
    return length;
  }

  @Nullable String suggestion() {
    return suggestion;
  }
}
