package dev.rocky.compiler.dsl;

/**
 * One token: its kind, its text as written ({@code value} is the unquoted content of a string and
 * the digits of a number without underscores) and where it starts.
 */
record Token(TokenKind kind, String text, String value, Pos pos) {

  boolean is(TokenKind k) {
    return kind == k;
  }

  /** Whether this is the keyword or soft keyword {@code word}. */
  boolean isWord(String word) {
    return (kind == TokenKind.KEYWORD || kind == TokenKind.IDENT) && text.equals(word);
  }

  boolean isKeyword(String word) {
    return kind == TokenKind.KEYWORD && text.equals(word);
  }

  /** How the token is named in an error message. */
  String describe() {
    return switch (kind) {
      case EOF -> "end of file";
      case STRING -> "string " + text;
      case NUMBER -> "number " + text;
      case KEYWORD -> "keyword `" + text + "`";
      default -> "`" + text + "`";
    };
  }

  int length() {
    return Math.max(1, text.length());
  }
}
