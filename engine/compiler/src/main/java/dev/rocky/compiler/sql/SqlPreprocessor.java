package dev.rocky.compiler.sql;

/**
 * Rewrites a model's SQL into text Calcite can parse, without moving anything: every replacement has
 * the length of what it replaces, so line and column positions stay those of the model's file.
 *
 * <ul>
 *   <li>{@code @start_date} and {@code @end_date} become a {@code ?} dynamic parameter padded with
 *       spaces (the binder types it as Timestamp);
 *   <li>a trailing {@code ;} becomes a space;
 *   <li>{@code GROUP BY ALL} becomes {@code GROUP BY ()}, which the binder reads as "group by every
 *       non-aggregate output column" (an empty grouping set allows no other output);
 *   <li>DuckDB's {@code date_diff(part, a, b)} becomes {@code datediff (part, a, b)}, its synonym:
 *       Babel reads {@code DATE_DIFF} as BigQuery's {@code DATE_DIFF(a, b, PART)}, so a function call
 *       as the third argument would not parse.
 * </ul>
 *
 * String literals, quoted identifiers and comments are left alone. The same scan notes syntax that
 * only Babel reads ({@code ::}, {@code * EXCLUDE}, {@code * REPLACE}, {@code ORDER BY ALL}, {@code ~}):
 * such a model goes straight to Babel, because a failed core parse costs about 35 times a successful
 * one (JavaCC rebuilds its expected-token lists) and would fail anyway. A false alarm only costs
 * Babel's speed; the result is the same.
 */
final class SqlPreprocessor {
  private SqlPreprocessor() {}

  /** The text to parse and whether it uses syntax only the Babel parser reads. */
  record Prepared(String text, boolean babelSyntax) {}

  private static final String START = "@start_date";
  private static final String END = "@end_date";

  /** The parseable text (the same instance when nothing had to change). */
  static String prepare(String sql) {
    return scan(sql).text();
  }

  static Prepared scan(String sql) {
    char[] out = null;
    boolean babel = false;
    boolean afterStar = false;
    int n = sql.length();
    int lastSignificant = -1;
    // The last two words seen outside strings and comments, as start offsets (-1: none).
    int word1 = -1;
    int word2 = -1;
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int close = skipQuoted(sql, i, c);
        lastSignificant = close - 1;
        word1 = -1;
        word2 = -1;
        i = close;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '@' && (matchesWord(sql, i, START) || matchesWord(sql, i, END))) {
        int len = matchesWord(sql, i, START) ? START.length() : END.length();
        out = copy(out, sql);
        out[i] = '?';
        for (int k = 1; k < len; k++) {
          out[i + k] = ' ';
        }
        lastSignificant = i;
        word1 = -1;
        word2 = -1;
        i += len;
      } else if (isWordStart(c)) {
        int end = i + 1;
        while (end < n && isWordPart(sql.charAt(end))) {
          end++;
        }
        int len = end - i;
        if (afterStar && ((len == 7 && sql.regionMatches(true, i, "exclude", 0, 7))
            || (len == 7 && sql.regionMatches(true, i, "replace", 0, 7)))) {
          babel = true;
        }
        if (word2 >= 0 && len == 3 && sql.regionMatches(true, i, "all", 0, 3)
            && sql.regionMatches(true, word1, "by", 0, 2) && isWord(sql, word1, 2)) {
          if (sql.regionMatches(true, word2, "group", 0, 5) && isWord(sql, word2, 5)) {
            out = copy(out, sql);
            out[i] = '(';
            out[i + 1] = ')';
            out[i + 2] = ' ';
          } else if (sql.regionMatches(true, word2, "order", 0, 5) && isWord(sql, word2, 5)) {
            babel = true;
          }
        }
        if (len == 9 && sql.regionMatches(true, i, "date_diff", 0, 9) && nextIs(sql, end, '(')) {
          out = copy(out, sql);
          "datediff ".getChars(0, 9, out, i);
        }
        word2 = word1;
        word1 = i;
        afterStar = false;
        lastSignificant = end - 1;
        i = end;
      } else {
        if (!Character.isWhitespace(c)) {
          babel |= c == '~' || (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':');
          afterStar = c == '*';
          lastSignificant = i;
          word1 = -1;
          word2 = -1;
        }
        i++;
      }
    }
    if (lastSignificant >= 0 && sql.charAt(lastSignificant) == ';') {
      out = copy(out, sql);
      out[lastSignificant] = ' ';
    }
    return new Prepared(out == null ? sql : new String(out), babel);
  }

  private static char[] copy(char[] out, String sql) {
    return out != null ? out : sql.toCharArray();
  }

  private static int skipQuoted(String sql, int open, char quote) {
    int n = sql.length();
    int i = open + 1;
    while (i < n) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < n && sql.charAt(i + 1) == quote) {
          i += 2; // doubled quote inside the literal
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return n;
  }

  private static boolean matchesWord(String sql, int at, String word) {
    int end = at + word.length();
    return sql.regionMatches(true, at, word, 0, word.length())
        && (end >= sql.length() || !isWordPart(sql.charAt(end)));
  }

  /** Whether the first character at or after {@code from} that is not white space is {@code c}. */
  private static boolean nextIs(String sql, int from, char c) {
    int i = from;
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
      i++;
    }
    return i < sql.length() && sql.charAt(i) == c;
  }

  private static boolean isWord(String sql, int start, int len) {
    int end = start + len;
    return end >= sql.length() || !isWordPart(sql.charAt(end));
  }

  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || (c >= '0' && c <= '9') || c == '$';
  }
}
