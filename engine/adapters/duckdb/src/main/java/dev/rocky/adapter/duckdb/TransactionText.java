package dev.rocky.adapter.duckdb;

import java.util.Locale;

/**
 * Whether a statement's text begins or ends a transaction ({@code BEGIN}, {@code COMMIT},
 * {@code ROLLBACK}, {@code END}, {@code ABORT}), so that the adapter knows when a failing metadata
 * lookup would abort work in progress.
 */
final class TransactionText {
  private TransactionText() {}

  /** Whether a transaction is open after {@code sql} ran successfully, given whether one was before. */
  static boolean after(boolean open, String sql) {
    String word = firstWord(sql);
    return switch (word) {
      case "begin", "start" -> true;
      case "commit", "rollback", "end", "abort" -> false;
      default -> open;
    };
  }

  private static String firstWord(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
      i++;
    }
    int start = i;
    while (i < n && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return i - start > 8 ? "" : sql.substring(start, i).toLowerCase(Locale.ROOT);
  }
}
