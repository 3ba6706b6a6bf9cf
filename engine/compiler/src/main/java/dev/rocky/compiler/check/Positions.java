package dev.rocky.compiler.check;

import dev.rocky.core.diagnostic.SourceSpan;

/** Turns character offsets in a file's text into 1-based line and column spans. */
final class Positions {
  private Positions() {}

  /** A span starting at {@code offset} covering {@code length} characters (at least one). */
  static SourceSpan span(String file, String text, int offset, int length) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return SourceSpan.at(file, line, offset - lineStart + 1, length);
  }

  static boolean isIdentifierChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
