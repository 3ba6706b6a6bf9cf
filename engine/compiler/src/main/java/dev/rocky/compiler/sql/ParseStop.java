package dev.rocky.compiler.sql;

import java.util.List;

/**
 * Where a quiet parse stopped: the last token it read and the next few, with their positions in the
 * parsed text. {@code keyword} says that the lexer read the token as a keyword, not as an identifier.
 */
record ParseStop(List<Token> tokens, int nextIndex) {

  /** One token around the failure. */
  record Token(String image, boolean keyword, int line, int col, int endLine, int endCol) {}

  /** The first token the parser did not accept, or null at the end of the text. */
  Token next() {
    return nextIndex < tokens.size() ? tokens.get(nextIndex) : null;
  }

  /** Tokens in the order a repair should try them: the first unread one, the last read one, then the rest. */
  List<Token> candidates() {
    java.util.ArrayList<Token> out = new java.util.ArrayList<>(tokens.size());
    if (nextIndex < tokens.size()) {
      out.add(tokens.get(nextIndex));
    }
    if (nextIndex > 0) {
      out.add(tokens.get(nextIndex - 1));
    }
    for (int i = nextIndex + 1; i < tokens.size(); i++) {
      out.add(tokens.get(i));
    }
    return out;
  }
}
