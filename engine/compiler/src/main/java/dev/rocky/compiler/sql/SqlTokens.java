package dev.rocky.compiler.sql;

import java.util.Arrays;

/**
 * A coarse lexer for the preprocessor: words, string literals, quoted identifiers, numbers and
 * punctuation, with their offsets; whitespace and comments are skipped. It only has to be right
 * about where strings, quoted names and comments begin and end, and it never fails.
 */
final class SqlTokens {
  static final byte WORD = 1;
  static final byte STRING = 2;
  static final byte QUOTED = 3;
  static final byte NUMBER = 4;
  static final byte PUNCT = 5;
  /** {@code ::}, a DuckDB/Snowflake/Databricks cast. */
  static final byte CAST = 6;

  final String sql;
  private byte[] kinds = new byte[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int size;

  private SqlTokens(String sql) {
    this.sql = sql;
  }

  static SqlTokens of(String sql) {
    SqlTokens t = new SqlTokens(sql);
    t.lex();
    return t;
  }

  int size() {
    return size;
  }

  byte kind(int i) {
    return i >= 0 && i < size ? kinds[i] : 0;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** Whether token {@code i} is the word {@code word} (case-insensitive). */
  boolean isWord(int i, String word) {
    return kind(i) == WORD && ends[i] - starts[i] == word.length() && sql.regionMatches(true, starts[i], word, 0, word.length());
  }

  /** Whether token {@code i} is the punctuation character {@code c}. */
  boolean isPunct(int i, char c) {
    return kind(i) == PUNCT && sql.charAt(starts[i]) == c;
  }

  String text(int i) {
    return sql.substring(starts[i], ends[i]);
  }

  /** The index of the bracket that closes the one at {@code open} ({@code ( [ {}), or -1. */
  int closing(int open) {
    int depth = 0;
    for (int i = open; i < size; i++) {
      if (kinds[i] == PUNCT) {
        char c = sql.charAt(starts[i]);
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          depth--;
          if (depth == 0) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  private void lex() {
    String s = sql;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c <= ' ' || Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
        int eol = s.indexOf('\n', i);
        i = eol < 0 ? n : eol;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int close = s.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '\'') {
        i = add(STRING, i, skipQuoted(s, i, c));
      } else if (c == '"' || c == '`') {
        i = add(QUOTED, i, skipQuoted(s, i, c));
      } else if (isWordStart(c)) {
        int end = i + 1;
        while (end < n && isWordPart(s.charAt(end))) {
          end++;
        }
        i = add(WORD, i, end);
      } else if (c >= '0' && c <= '9') {
        int end = i + 1;
        while (end < n && (isWordPart(s.charAt(end)) || s.charAt(end) == '.')) {
          end++;
        }
        i = add(NUMBER, i, end);
      } else if (c == ':' && i + 1 < n && s.charAt(i + 1) == ':') {
        i = add(CAST, i, i + 2);
      } else {
        i = add(PUNCT, i, i + 1);
      }
    }
  }

  private int add(byte kind, int start, int end) {
    if (size == kinds.length) {
      kinds = Arrays.copyOf(kinds, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    kinds[size] = kind;
    starts[size] = start;
    ends[size] = end;
    size++;
    return end;
  }

  private static int skipQuoted(String sql, int open, char quote) {
    int n = sql.length();
    int i = open + 1;
    while (i < n) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < n && sql.charAt(i + 1) == quote) {
          i += 2; // a doubled quote inside
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return n;
  }

  static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c > 127 && Character.isLetter(c));
  }

  static boolean isWordPart(char c) {
    return isWordStart(c) || (c >= '0' && c <= '9') || c == '$';
  }
}
