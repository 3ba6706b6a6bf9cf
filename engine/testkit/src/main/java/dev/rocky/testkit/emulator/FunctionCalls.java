package dev.rocky.testkit.emulator;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Rewrites calls of one function in (already translated) SQL text: each {@code name(arguments)}
 * outside string literals and quoted identifiers becomes what {@code rewrite} makes of its argument
 * text, parentheses inside the arguments matched.
 */
public final class FunctionCalls {
  private FunctionCalls() {}

  public static String rewrite(String sql, String name, UnaryOperator<String> rewrite) {
    String upper = sql.toUpperCase(Locale.ROOT);
    String target = name.toUpperCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = quotedEnd(sql, i, c);
        out.append(sql, i, end);
        i = end;
      } else if (upper.startsWith(target, i) && (i == 0 || !word(sql.charAt(i - 1)))
          && open(sql, i + target.length()) >= 0) {
        int open = open(sql, i + target.length());
        int close = close(sql, open);
        out.append(rewrite.apply(rewrite(sql.substring(open + 1, close), name, rewrite)));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The offset of the call's opening parenthesis (after optional spaces), or -1 when {@code at} does not open one. */
  private static int open(String sql, int at) {
    if (at < sql.length() && word(sql.charAt(at))) {
      return -1;
    }
    int i = at;
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
      i++;
    }
    return i < sql.length() && sql.charAt(i) == '(' ? i : -1;
  }

  private static int close(String sql, int open) {
    int depth = 0;
    int i = open;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        i = quotedEnd(sql, i, c);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
      i++;
    }
    throw new IllegalArgumentException("unbalanced parentheses in " + sql);
  }

  /** The offset just past a quoted run starting at {@code start} (a doubled quote stays inside). */
  private static int quotedEnd(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private static boolean word(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$';
  }
}
