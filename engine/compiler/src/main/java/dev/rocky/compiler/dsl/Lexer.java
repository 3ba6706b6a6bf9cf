package dev.rocky.compiler.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a {@code .rocky} file into tokens. Whitespace, newlines and {@code --} comments separate
 * tokens and are dropped (steps start with a keyword, so no separator is needed; {@code |} may be
 * written between steps). Strings take double or single quotes with backslash escapes; numbers may
 * use {@code _} between digits; {@code @2025-01-31} (optionally {@code T10:00:00Z}) is a date or
 * timestamp; {@code @var(...)}, {@code @start_date} and {@code @end_date} are passed to SQL as written.
 */
final class Lexer {
  static final Set<String> KEYWORDS = Set.of(
      "let", "from", "where", "group", "derive", "select", "join", "sort", "take", "distinct",
      "as", "on", "and", "or", "not", "is", "null", "in", "true", "false", "match", "over");

  private final String src;
  private int at;
  private int line = 1;
  private int lineStart;

  private Lexer(String src) {
    this.src = src;
  }

  /** The tokens of {@code src}, ending with an EOF token. */
  static List<Token> tokens(String src) {
    return new Lexer(src).run();
  }

  private List<Token> run() {
    List<Token> out = new ArrayList<>();
    while (true) {
      skipSpace();
      if (at >= src.length()) {
        out.add(new Token(TokenKind.EOF, "", "", pos()));
        return out;
      }
      out.add(next());
    }
  }

  private Pos pos() {
    return new Pos(at, line, at - lineStart + 1);
  }

  private void skipSpace() {
    while (at < src.length()) {
      char c = src.charAt(at);
      if (c == '\n') {
        at++;
        line++;
        lineStart = at;
      } else if (Character.isWhitespace(c)) {
        at++;
      } else if (c == '-' && at + 1 < src.length() && src.charAt(at + 1) == '-') {
        while (at < src.length() && src.charAt(at) != '\n') {
          at++;
        }
      } else {
        return;
      }
    }
  }

  private Token next() {
    Pos start = pos();
    char c = src.charAt(at);
    if (Character.isLetter(c) || c == '_') {
      int from = at;
      while (at < src.length() && (Character.isLetterOrDigit(src.charAt(at)) || src.charAt(at) == '_')) {
        at++;
      }
      String word = src.substring(from, at);
      return new Token(KEYWORDS.contains(word) ? TokenKind.KEYWORD : TokenKind.IDENT, word, word, start);
    }
    if (Character.isDigit(c)) {
      return number(start);
    }
    if (c == '"' || c == '\'') {
      return string(start, c);
    }
    if (c == '@') {
      return at(start);
    }
    return symbol(start, c);
  }

  private Token number(Pos start) {
    int from = at;
    digits();
    if (at + 1 < src.length() && src.charAt(at) == '.' && Character.isDigit(src.charAt(at + 1))) {
      at++;
      digits();
    }
    String text = src.substring(from, at);
    if (text.endsWith("_") || text.contains("__") || text.contains("_.") || text.contains("._")) {
      throw new DslSyntaxError("malformed number `" + text + "`", start, text.length(),
          "write `_` only between digits, as in 1_000_000");
    }
    return new Token(TokenKind.NUMBER, text, text.replace("_", ""), start);
  }

  private void digits() {
    while (at < src.length() && (Character.isDigit(src.charAt(at)) || src.charAt(at) == '_')) {
      at++;
    }
  }

  private Token string(Pos start, char quote) {
    int from = at++;
    StringBuilder value = new StringBuilder();
    while (at < src.length() && src.charAt(at) != quote) {
      char c = src.charAt(at);
      if (c == '\n') {
        break;
      }
      if (c == '\\' && at + 1 < src.length()) {
        at++;
        c = src.charAt(at);
      }
      value.append(c);
      at++;
    }
    if (at >= src.length() || src.charAt(at) != quote) {
      throw new DslSyntaxError("unterminated string", start, 1, "close the string with " + quote + " on the same line");
    }
    at++;
    return new Token(TokenKind.STRING, src.substring(from, at), value.toString(), start);
  }

  private Token at(Pos start) {
    int from = at;
    if (at + 1 < src.length() && Character.isDigit(src.charAt(at + 1))) {
      at++;
      while (at < src.length() && (Character.isLetterOrDigit(src.charAt(at)) || "-:.".indexOf(src.charAt(at)) >= 0)) {
        at++;
      }
      String text = src.substring(from, at);
      return new Token(TokenKind.DATE, text, DateLiterals.check(text, start), start);
    }
    if (src.startsWith("@var(", at)) {
      int depth = 0;
      while (at < src.length()) {
        char c = src.charAt(at++);
        if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          String text = src.substring(from, at);
          return new Token(TokenKind.PLACEHOLDER, text, text, start);
        } else if (c == '\n') {
          break;
        }
      }
      throw new DslSyntaxError("unterminated `@var(`", start, 5, "close it on the same line: @var(name) or @var(name, default)");
    }
    for (String placeholder : List.of("@start_date", "@end_date")) {
      if (src.startsWith(placeholder, at)) {
        at += placeholder.length();
        return new Token(TokenKind.PLACEHOLDER, placeholder, placeholder, start);
      }
    }
    throw new DslSyntaxError("unknown `@` literal", start, 1,
        "write a date as @2025-01-31, a timestamp as @2025-01-31T10:00:00Z, or a variable as @var(name)");
  }

  private Token symbol(Pos start, char c) {
    String two = at + 1 < src.length() ? src.substring(at, at + 2) : "";
    TokenKind kind = switch (two) {
      case "==" -> TokenKind.EQ;
      case "!=" -> TokenKind.NEQ;
      case "<=" -> TokenKind.LTE;
      case ">=" -> TokenKind.GTE;
      case "=>" -> TokenKind.ARROW;
      case ".." -> TokenKind.DOTDOT;
      case "<>" -> throw new DslSyntaxError("`<>` is not Rocky syntax", start, 2,
          "write `!=` (it is NULL-safe: lowered to IS DISTINCT FROM)");
      default -> null;
    };
    if (kind != null) {
      at += 2;
      return new Token(kind, two, two, start);
    }
    kind = switch (c) {
      case '{' -> TokenKind.LBRACE;
      case '}' -> TokenKind.RBRACE;
      case '(' -> TokenKind.LPAREN;
      case ')' -> TokenKind.RPAREN;
      case '[' -> TokenKind.LBRACKET;
      case ']' -> TokenKind.RBRACKET;
      case ':' -> TokenKind.COLON;
      case ',' -> TokenKind.COMMA;
      case '.' -> TokenKind.DOT;
      case '*' -> TokenKind.STAR;
      case '+' -> TokenKind.PLUS;
      case '-' -> TokenKind.MINUS;
      case '/' -> TokenKind.SLASH;
      case '%' -> TokenKind.PERCENT;
      case '<' -> TokenKind.LT;
      case '>' -> TokenKind.GT;
      case '=' -> TokenKind.ASSIGN;
      case '|' -> TokenKind.PIPE;
      default -> throw new DslSyntaxError("unexpected character `" + c + "`", start, 1, null);
    };
    at++;
    return new Token(kind, String.valueOf(c), String.valueOf(c), start);
  }
}
