package dev.rocky.planner.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Just enough lexing to splice model SQL into generated statements without parsing it: string
 * literals, quoted identifiers and comments are recognised so that a {@code ;}, a {@code WITH} or a
 * placeholder inside them is never mistaken for code. Dollar-quoted strings are not recognised.
 */
public final class SqlText {
  private SqlText() {}

  /** Where a query's leading {@code WITH} list starts; {@code listStart} is just after the keyword(s). */
  public record LeadingWith(int keywordStart, int listStart, boolean recursive) {}

  /**
   * Cuts everything after the last token of the query: blanks, comments and semicolons. The result can
   * be nested in parentheses, and no statement built around it ends inside a line comment.
   */
  public static String trimEnd(String sql, SqlDialect dialect) {
    String current = sql;
    while (true) {
      int last = lastToken(current, dialect);
      if (last < 0) {
        return "";
      }
      boolean semicolon = current.charAt(last) == ';' && isCode(current, last, dialect);
      current = current.substring(0, semicolon ? last : last + 1);
      if (!semicolon) {
        return current;
      }
    }
  }

  /** The query's leading {@code WITH [RECURSIVE]}, skipping blanks and comments before it. */
  public static Optional<LeadingWith> leadingWith(String sql) {
    int start = skipTrivia(sql, 0);
    if (!keywordAt(sql, start, "WITH")) {
      return Optional.empty();
    }
    int afterWith = start + 4;
    int next = skipTrivia(sql, afterWith);
    if (keywordAt(sql, next, "RECURSIVE")) {
      return Optional.of(new LeadingWith(start, next + 9, true));
    }
    return Optional.of(new LeadingWith(start, afterWith, false));
  }

  /**
   * Replaces {@code @name} placeholders in code (never inside literals, quoted names or comments).
   * A placeholder must not run on into a longer name: {@code @start_date_x} is left alone.
   */
  public static String replacePlaceholders(String sql, Map<String, String> values, SqlDialect dialect) {
    StringBuilder out = new StringBuilder(sql.length());
    for (Segment s : segments(sql, dialect)) {
      String text = sql.substring(s.start(), s.end());
      out.append(s.kind() == Kind.CODE ? replaceInCode(text, values) : text);
    }
    return out.toString();
  }

  private static String replaceInCode(String code, Map<String, String> values) {
    StringBuilder out = new StringBuilder(code.length());
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '@') {
        int end = i + 1;
        while (end < code.length() && isWordChar(code.charAt(end))) {
          end++;
        }
        String value = values.get(code.substring(i + 1, end));
        if (value != null) {
          out.append(value);
          i = end;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Index of the last character that is not a blank or part of a comment, or -1. */
  private static int lastToken(String sql, SqlDialect dialect) {
    List<Segment> segments = segments(sql, dialect);
    for (int k = segments.size() - 1; k >= 0; k--) {
      Segment s = segments.get(k);
      if (s.kind() == Kind.COMMENT) {
        continue;
      }
      for (int i = s.end() - 1; i >= s.start(); i--) {
        if (s.kind() != Kind.CODE || !Character.isWhitespace(sql.charAt(i))) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean isCode(String sql, int index, SqlDialect dialect) {
    return segments(sql, dialect).stream()
        .anyMatch(s -> s.kind() == Kind.CODE && s.start() <= index && index < s.end());
  }

  private static int skipTrivia(String sql, int from) {
    int i = from;
    while (i < sql.length()) {
      if (Character.isWhitespace(sql.charAt(i))) {
        i++;
      } else if (sql.startsWith("--", i)) {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? sql.length() : eol + 1;
      } else if (sql.startsWith("/*", i)) {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? sql.length() : close + 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean keywordAt(String sql, int at, String keyword) {
    int end = at + keyword.length();
    return sql.regionMatches(true, at, keyword, 0, keyword.length())
        && (end == sql.length() || !isWordChar(sql.charAt(end)));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private enum Kind { CODE, LITERAL, QUOTED_NAME, COMMENT }

  private record Segment(Kind kind, int start, int end) {}

  private static boolean backslashEscapes(SqlDialect dialect) {
    return switch (dialect) {
      case DuckDbSqlDialect d -> false;
      case DatabricksSqlDialect d -> true;
      case SnowflakeSqlDialect d -> true;
    };
  }

  private static List<Segment> segments(String sql, SqlDialect dialect) {
    boolean backslash = backslashEscapes(dialect);
    List<Segment> out = new ArrayList<>();
    int codeStart = 0;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      int end;
      Kind kind;
      if (c == '\'') {
        end = closeQuoted(sql, i, '\'', backslash);
        kind = Kind.LITERAL;
      } else if (c == '"' || c == '`') {
        end = closeQuoted(sql, i, c, false);
        kind = Kind.QUOTED_NAME;
      } else if (sql.startsWith("--", i)) {
        int eol = sql.indexOf('\n', i);
        end = eol < 0 ? sql.length() : eol;
        kind = Kind.COMMENT;
      } else if (sql.startsWith("/*", i)) {
        int close = sql.indexOf("*/", i + 2);
        end = close < 0 ? sql.length() : close + 2;
        kind = Kind.COMMENT;
      } else {
        i++;
        continue;
      }
      if (codeStart < i) {
        out.add(new Segment(Kind.CODE, codeStart, i));
      }
      out.add(new Segment(kind, i, end));
      i = end;
      codeStart = end;
    }
    if (codeStart < sql.length()) {
      out.add(new Segment(Kind.CODE, codeStart, sql.length()));
    }
    return out;
  }

  /** The index just past the closing quote (doubled quotes stay inside), or the end of the text. */
  private static int closeQuoted(String sql, int open, char quote, boolean backslash) {
    int i = open + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslash && c == '\\') {
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
