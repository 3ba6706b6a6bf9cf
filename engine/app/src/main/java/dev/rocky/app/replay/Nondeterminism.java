package dev.rocky.app.replay;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what makes a query's result differ between two runs over the same inputs: random numbers
 * and UUIDs, the current time, and row sampling. A static check over the SQL text with comments,
 * string literals and quoted identifiers blanked out, so that {@code 'now()'} or a column named
 * {@code "random"} is not taken for a call.
 */
public final class Nondeterminism {
  private static final Pattern CALLS = Pattern.compile("\\b(random|rand|randn|uniform|setseed|uuid|uuidv4|uuidv7"
      + "|gen_random_uuid|uuid_string|now|current_timestamp|current_date|current_time|localtimestamp|localtime"
      + "|getdate|sysdate|today|transaction_timestamp|statement_timestamp|clock_timestamp|get_current_timestamp"
      + "|timeofday)\\s*\\(");
  private static final Pattern NILADIC = Pattern.compile(
      "\\b(current_timestamp|current_date|current_time|localtimestamp|localtime)\\b(?!\\s*\\()");
  private static final Pattern SAMPLING = Pattern.compile("\\b(tablesample|using\\s+sample)\\b");

  private Nondeterminism() {}

  /** The non-deterministic constructs of {@code sql}, in order of first appearance, e.g. {@code random()}. */
  public static List<String> of(String sql) {
    String text = blank(sql).toLowerCase(Locale.ROOT);
    record Hit(int at, String what) {}
    List<Hit> hits = new ArrayList<>();
    Matcher m = CALLS.matcher(text);
    while (m.find()) {
      hits.add(new Hit(m.start(), m.group(1) + "()"));
    }
    m = NILADIC.matcher(text);
    while (m.find()) {
      hits.add(new Hit(m.start(), m.group(1)));
    }
    m = SAMPLING.matcher(text);
    while (m.find()) {
      hits.add(new Hit(m.start(), m.group(1).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)));
    }
    hits.sort((a, b) -> Integer.compare(a.at(), b.at()));
    Set<String> out = new LinkedHashSet<>();
    hits.forEach(h -> out.add(h.what()));
    return List.copyOf(out);
  }

  /** The text with comments, string literals and quoted identifiers replaced by spaces. */
  static String blank(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      char next = i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
      int end;
      if (c == '-' && next == '-') {
        end = sql.indexOf('\n', i);
        end = end < 0 ? sql.length() : end;
      } else if (c == '/' && next == '*') {
        end = sql.indexOf("*/", i + 2);
        end = end < 0 ? sql.length() : end + 2;
      } else if (c == '\'' || c == '"' || c == '`') {
        end = closing(sql, i, c);
      } else {
        out.append(c);
        i++;
        continue;
      }
      out.append(" ".repeat(end - i));
      i = end;
    }
    return out.toString();
  }

  /** The index after the quote closing the one at {@code start}; a doubled quote is an escaped one. */
  private static int closing(String sql, int start, char quote) {
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
}
