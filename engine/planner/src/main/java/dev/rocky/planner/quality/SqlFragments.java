package dev.rocky.planner.quality;

import dev.rocky.core.error.RockyException;
import dev.rocky.planner.sql.DatabricksSqlDialect;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.SnowflakeSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import org.jspecify.annotations.Nullable;

/**
 * The gate for user SQL spliced into generated statements: a check's {@code expression},
 * {@code filter}, {@code key_expr} and custom query. A fragment is refused when, outside string
 * literals and quoted names, it holds a {@code ;} (it could end the statement and start another),
 * a comment (a line comment would swallow the text after it), a parenthesis closing one it did not
 * open (it could leave the parentheses it is placed in), or a literal or quoted name left open.
 */
public final class SqlFragments {
  private SqlFragments() {}

  /** Checks an expression or a filter; returns it trimmed. */
  public static String expression(String what, String fragment, SqlDialect dialect) {
    String text = fragment.strip();
    if (text.isEmpty()) {
      throw unsafe(what, fragment, "it is empty");
    }
    scan(what, text, dialect, null);
    return text;
  }

  /**
   * Checks a whole query with a {@code placeholder} (e.g. {@code {target}}) and replaces the
   * placeholder where it stands in code (never inside a literal or a quoted name).
   */
  public static String query(String what, String query, String placeholder, String replacement, SqlDialect dialect) {
    String text = query.strip();
    while (text.endsWith(";")) {
      text = text.substring(0, text.length() - 1).stripTrailing();
    }
    if (text.isEmpty()) {
      throw unsafe(what, query, "it is empty");
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    scan(what, text, dialect, new Replacer(placeholder, replacement, out));
    return out.toString();
  }

  /** Receives the fragment's text: code with the placeholder replaced, the rest as written. */
  private record Replacer(String placeholder, String replacement, StringBuilder out) {
    void code(String text) {
      out.append(text.replace(placeholder, replacement));
    }

    void literal(String text) {
      out.append(text);
    }
  }

  private static void scan(String what, String text, SqlDialect dialect, @Nullable Replacer replacer) {
    int depth = 0;
    int codeStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"' || (c == '`' && backticks(dialect))) {
        flushCode(replacer, text, codeStart, i);
        int end = closing(text, i, c, dialect);
        if (end < 0) {
          throw unsafe(what, text, "a " + (c == '\'' ? "string literal" : "quoted name") + " is not closed");
        }
        if (replacer != null) {
          replacer.literal(text.substring(i, end + 1));
        }
        i = end + 1;
        codeStart = i;
        continue;
      }
      if (c == ';') {
        throw unsafe(what, text, "it contains ';'");
      }
      if (text.startsWith("--", i) || text.startsWith("/*", i) || (c == '#' && backticks(dialect))) {
        throw unsafe(what, text, "it contains a comment");
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        throw unsafe(what, text, "it closes a parenthesis it did not open");
      }
      i++;
    }
    if (depth != 0) {
      throw unsafe(what, text, "a parenthesis is not closed");
    }
    flushCode(replacer, text, codeStart, text.length());
  }

  private static void flushCode(@Nullable Replacer replacer, String text, int from, int to) {
    if (replacer != null && to > from) {
      replacer.code(text.substring(from, to));
    }
  }

  /** The index of the quote closing the one at {@code open}, or -1. */
  private static int closing(String text, int open, char quote, SqlDialect dialect) {
    int i = open + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && quote == '\'' && backslashEscapes(dialect)) {
        i += 2;
        continue;
      }
      if (c == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return -1;
  }

  private static boolean backticks(SqlDialect dialect) {
    return switch (dialect) {
      case DuckDbSqlDialect d -> false;
      case DatabricksSqlDialect d -> true;
      case SnowflakeSqlDialect d -> false;
    };
  }

  private static boolean backslashEscapes(SqlDialect dialect) {
    return switch (dialect) {
      case DuckDbSqlDialect d -> false;
      case DatabricksSqlDialect d -> true;
      case SnowflakeSqlDialect d -> true;
    };
  }

  private static RockyException unsafe(String what, String fragment, String why) {
    return new RockyException(QualityErrorCode.QUALITY_UNSAFE_SQL,
        "refused the SQL of %s, because %s: %s".formatted(what, why, fragment.strip()));
  }
}
