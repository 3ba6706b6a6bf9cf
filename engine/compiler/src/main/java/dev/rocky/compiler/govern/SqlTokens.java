package dev.rocky.compiler.govern;

import java.util.ArrayList;
import java.util.List;

/**
 * A SQL lexer just precise enough for the portability lint: words, quoted names, string literals
 * (single-quoted, and Snowflake's {@code $$...$$}), numbers and operators, each with its exact line
 * and column in the model's file, plus the line comments (for {@code -- rocky-allow:} pragmas).
 * Nothing is rejected: an unterminated literal runs to the end of the text.
 */
final class SqlTokens {
  private SqlTokens() {}

  enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

  /** A token; {@code line} and {@code col} are 1-based, {@code offset} 0-based. */
  record Token(Kind kind, String text, int offset, int line, int col) {
    boolean is(String word) {
      return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(word);
    }
  }

  /** A {@code --} comment: its text after the dashes, its line, and whether code precedes it on the line. */
  record Comment(String text, int line, boolean afterCode) {}

  record Scan(List<Token> tokens, List<Comment> comments) {}

  private static final List<String> OPERATORS = List.of("<=>", "::", "=>", "==", ":=", "||", "<>", "!=", ">=", "<=", "->");

  /** @param backslashEscapes whether a backslash escapes the next character in a string literal (not in DuckDB) */
  static Scan scan(String sql, boolean backslashEscapes) {
    List<Token> tokens = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int lastCodeLine = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      int start = i;
      int col = i - lineStart + 1;
      if (c == '\n') {
        line++;
        lineStart = ++i;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (sql.startsWith("--", i)) {
        int eol = sql.indexOf('\n', i);
        int end = eol < 0 ? n : eol;
        comments.add(new Comment(sql.substring(i + 2, end), line, lastCodeLine == line));
        i = end;
        continue;
      }
      if (sql.startsWith("/*", i)) {
        int close = sql.indexOf("*/", i + 2);
        int end = close < 0 ? n : close + 2;
        for (int k = i; k < end; k++) {
          if (sql.charAt(k) == '\n') {
            line++;
            lineStart = k + 1;
          }
        }
        i = end;
        continue;
      }
      Kind kind;
      if (c == '\'' || c == '"' || c == '`') {
        i = closeQuote(sql, i, c, backslashEscapes);
        kind = c == '\'' ? Kind.STRING : Kind.QUOTED;
      } else if (sql.startsWith("$$", i)) {
        int close = sql.indexOf("$$", i + 2);
        i = close < 0 ? n : close + 2;
        kind = Kind.STRING;
      } else if (Character.isLetter(c) || c == '_') {
        while (i < n && isWordPart(sql.charAt(i))) {
          i++;
        }
        kind = Kind.WORD;
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
        kind = Kind.NUMBER;
      } else {
        i += operatorLength(sql, i);
        kind = Kind.SYMBOL;
      }
      tokens.add(new Token(kind, sql.substring(start, i), start, line, col));
      lastCodeLine = line;
      // Multi-line literals move the line counter on.
      for (int k = start; k < i; k++) {
        if (sql.charAt(k) == '\n') {
          line++;
          lineStart = k + 1;
        }
      }
    }
    return new Scan(List.copyOf(tokens), List.copyOf(comments));
  }

  private static int operatorLength(String sql, int at) {
    for (String op : OPERATORS) {
      if (sql.startsWith(op, at)) {
        return op.length();
      }
    }
    return 1;
  }

  static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /** Just past the closing quote; a doubled quote stays inside; a backslash escapes in string literals. */
  private static int closeQuote(String sql, int open, char quote, boolean backslashEscapes) {
    int i = open + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\' && quote == '\'' && backslashEscapes) {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }
}
