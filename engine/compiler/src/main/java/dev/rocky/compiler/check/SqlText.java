package dev.rocky.compiler.check;

import java.util.Locale;

/**
 * Lexical helpers over model SQL for locating tokens. Masking replaces characters with spaces and
 * keeps newlines, so an offset in a masked copy is the same offset in the original text.
 */
final class SqlText {
  private SqlText() {}

  /** The SQL with line ({@code --}) and block comments blanked out. */
  static String withoutComments(String sql) {
    return mask(sql, false);
  }

  /** The SQL with comments and the insides of single-quoted string literals blanked out. */
  static String codeOnly(String sql) {
    return mask(sql, true);
  }

  private static String mask(String sql, boolean strings) {
    if (sql.indexOf('-') < 0 && sql.indexOf('/') < 0 && (!strings || sql.indexOf('\'') < 0)) {
      return sql;
    }
    char[] out = sql.toCharArray();
    int n = out.length;
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
      if (c == '-' && next == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          out[i++] = ' ';
        }
      } else if (c == '/' && next == '*') {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        blank(out, i, end);
        i = end;
      } else if (c == '\'' || c == '"' || c == '`') {
        int end = closingQuote(sql, i, c);
        if (strings && c == '\'') {
          blank(out, i + 1, Math.max(i + 1, end - 1));
        }
        i = end;
      } else {
        i++;
      }
    }
    return new String(out);
  }

  /** The offset just past the quote that closes the one at {@code start} (doubled quotes escape). */
  static int closingQuote(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      if (c == '\\' && quote == '\'' && i + 1 < sql.length()) {
        i += 2;
        continue;
      }
      i++;
    }
    return sql.length();
  }

  private static void blank(char[] out, int from, int to) {
    for (int k = from; k < to && k < out.length; k++) {
      if (out[k] != '\n') {
        out[k] = ' ';
      }
    }
  }

  /**
   * The offset of the first whole-word occurrence of {@code word} in {@code text} at or after
   * {@code from}, or -1. A whole word has no identifier character on either side.
   */
  static int findWord(String text, String word, int from, boolean ignoreCase) {
    if (word.isEmpty()) {
      return -1;
    }
    String hay = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    String needle = ignoreCase ? word.toLowerCase(Locale.ROOT) : word;
    int at = hay.indexOf(needle, from);
    while (at >= 0) {
      int after = at + needle.length();
      boolean left = at == 0 || !Positions.isIdentifierChar(hay.charAt(at - 1));
      boolean right = after >= hay.length() || !Positions.isIdentifierChar(hay.charAt(after));
      if (left && right) {
        return at;
      }
      at = hay.indexOf(needle, at + 1);
    }
    return -1;
  }

  /**
   * The offset of the first projection star ({@code SELECT *}, {@code SELECT t.*}, {@code , *}) in
   * code-only SQL, or -1. A star after {@code (} ({@code COUNT(*)}) or an operand is not one.
   */
  static int findProjectionStar(String code) {
    int at = code.indexOf('*');
    while (at >= 0) {
      int p = at - 1;
      while (p >= 0 && Character.isWhitespace(code.charAt(p))) {
        p--;
      }
      if (p >= 0 && (code.charAt(p) == ',' || code.charAt(p) == '.')) {
        return at;
      }
      int wordEnd = p + 1;
      while (p >= 0 && Positions.isIdentifierChar(code.charAt(p))) {
        p--;
      }
      String word = code.substring(p + 1, wordEnd).toUpperCase(Locale.ROOT);
      if (word.equals("SELECT") || word.equals("DISTINCT") || word.equals("ALL")) {
        return at;
      }
      at = code.indexOf('*', at + 1);
    }
    return -1;
  }
}
