package dev.rocky.app.dbt;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a dbt model into plain SQL and Jinja tags: {@code {{ expression }}}, {@code {% statement %}}
 * and {@code {# comment #}}, with their whitespace-control dashes removed from the body and the
 * line each starts on. Quotes inside a tag are respected when looking for its end.
 */
final class JinjaScanner {
  private JinjaScanner() {}

  enum Kind { TEXT, EXPRESSION, STATEMENT, COMMENT }

  /**
   * One piece of the file: {@code raw} as written, {@code body} the tag's content (the text itself
   * for TEXT), {@code line} 1-based.
   */
  record Segment(Kind kind, String raw, String body, int line) {}

  static List<Segment> scan(String sql) {
    List<Segment> out = new ArrayList<>();
    int at = 0;
    int line = 1;
    while (at < sql.length()) {
      int open = nextTag(sql, at);
      if (open < 0) {
        out.add(new Segment(Kind.TEXT, sql.substring(at), sql.substring(at), line));
        break;
      }
      if (open > at) {
        String text = sql.substring(at, open);
        out.add(new Segment(Kind.TEXT, text, text, line));
        line += lines(text);
      }
      char type = sql.charAt(open + 1);
      String close = type == '{' ? "}}" : type == '%' ? "%}" : "#}";
      int end = closing(sql, open + 2, close, type != '#');
      if (end < 0) {
        String rest = sql.substring(open);
        out.add(new Segment(Kind.STATEMENT, rest, "<unclosed " + sql.substring(open, open + 2) + ">", line));
        break;
      }
      String raw = sql.substring(open, end + 2);
      String body = raw.substring(2, raw.length() - 2);
      if (body.startsWith("-") || body.startsWith("+")) {
        body = body.substring(1);
      }
      if (body.endsWith("-") || body.endsWith("+")) {
        body = body.substring(0, body.length() - 1);
      }
      Kind kind = type == '{' ? Kind.EXPRESSION : type == '%' ? Kind.STATEMENT : Kind.COMMENT;
      out.add(new Segment(kind, raw, body.strip(), line));
      line += lines(raw);
      at = end + 2;
    }
    return out;
  }

  private static int nextTag(String sql, int from) {
    int at = from;
    while (true) {
      int brace = sql.indexOf('{', at);
      if (brace < 0 || brace + 1 >= sql.length()) {
        return -1;
      }
      char c = sql.charAt(brace + 1);
      if (c == '{' || c == '%' || c == '#') {
        return brace;
      }
      at = brace + 1;
    }
  }

  private static int closing(String sql, int from, String close, boolean quotes) {
    char quote = 0;
    for (int k = from; k < sql.length() - 1; k++) {
      char c = sql.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (quotes && (c == '\'' || c == '"')) {
        quote = c;
      } else if (sql.startsWith(close, k)) {
        return k;
      }
    }
    return -1;
  }

  static int lines(String text) {
    return (int) text.chars().filter(c -> c == '\n').count();
  }
}
