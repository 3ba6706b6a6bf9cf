package dev.rocky.testkit.emulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the Databricks and Snowflake emulators share when they rewrite a statement for DuckDB: both
 * warehouses read a backslash in a string literal as an escape, which DuckDB does not, and both
 * recognise their special statements by pattern.
 */
public final class EmulatedSql {
  private EmulatedSql() {}

  /** The index just past the string literal that opens at {@code start} (a quote), backslash escapes included. */
  public static int stringEnd(String sql, int start) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
        i += 2;
      } else if (c == '\'') {
        return i + 1;
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** A literal's body with backslash escapes as DuckDB reads it: quoted, with its quotes doubled. */
  public static String duckDbString(String body) {
    StringBuilder out = new StringBuilder("'");
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char next = body.charAt(++i);
        out.append(next == '\'' ? "''" : String.valueOf(next));
      } else if (c == '\'') {
        out.append("''");
        i++;
      } else {
        out.append(c);
      }
    }
    return out.append('\'').toString();
  }

  /** The match of {@code regex} over the whole statement (stripped), case-insensitively, or null. */
  public static @Nullable Matcher match(String regex, String sql) {
    Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(sql.strip());
    return m.matches() ? m : null;
  }
}
