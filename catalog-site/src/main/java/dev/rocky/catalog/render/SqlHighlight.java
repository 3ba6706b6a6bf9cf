package dev.rocky.catalog.render;

import java.util.Locale;
import java.util.Set;

/**
 * SQL syntax highlighting at build time: the text escaped for HTML with keywords, strings,
 * numbers, comments and Rocky's {@code @var}/{@code @start_date} markers wrapped in classed spans
 * ({@code k}, {@code s}, {@code n}, {@code c}, {@code v}). No script runs in the browser for it.
 */
public final class SqlHighlight {
  private static final Set<String> KEYWORDS = Set.of(
      "select", "from", "where", "group", "by", "order", "having", "limit", "offset", "join", "inner", "left", "right",
      "full", "outer", "cross", "on", "using", "as", "and", "or", "not", "in", "is", "null", "like", "ilike", "between",
      "case", "when", "then", "else", "end", "distinct", "all", "union", "intersect", "except", "with", "recursive",
      "over", "partition", "rows", "range", "unbounded", "preceding", "following", "current", "row", "asc", "desc",
      "nulls", "first", "last", "cast", "try_cast", "true", "false", "exists", "any", "qualify", "window", "filter",
      "interval", "lateral", "values", "natural", "semi", "anti", "asof", "pivot", "unpivot", "within", "date",
      "timestamp");

  private SqlHighlight() {}

  public static String html(String sql) {
    StringBuilder b = new StringBuilder(sql.length() * 2);
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      int j;
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        j = sql.indexOf('\n', i);
        j = j < 0 ? n : j;
        span(b, "c", sql, i, j);
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        j = sql.indexOf("*/", i + 2);
        j = j < 0 ? n : j + 2;
        span(b, "c", sql, i, j);
      } else if (c == '\'') {
        j = i + 1;
        while (j < n && !(sql.charAt(j) == '\'' && (j + 1 >= n || sql.charAt(j + 1) != '\''))) {
          j += sql.charAt(j) == '\'' ? 2 : 1;
        }
        j = Math.min(n, j + 1);
        span(b, "s", sql, i, j);
      } else if (Character.isDigit(c)) {
        j = i;
        while (j < n && (Character.isDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
          j++;
        }
        span(b, "n", sql, i, j);
      } else if (Character.isLetter(c) || c == '_' || c == '@') {
        j = i + 1;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
          j++;
        }
        String word = sql.substring(i, j);
        if (c == '@') {
          span(b, "v", sql, i, j);
        } else if (KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
          span(b, "k", sql, i, j);
        } else {
          Html.escape(b, word);
        }
      } else {
        j = i + 1;
        Html.escape(b, sql.substring(i, j));
      }
      i = j;
    }
    return b.toString();
  }

  private static void span(StringBuilder b, String cls, String sql, int from, int to) {
    b.append("<span class=\"").append(cls).append("\">");
    Html.escape(b, sql.subSequence(from, to));
    b.append("</span>");
  }
}
