package dev.rocky.compiler.sql;

import dev.rocky.compiler.sql.fast.CalciteKeywords;
import dev.rocky.core.project.Dialect;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a model's SQL into text Calcite can parse, keeping every position mappable to the file.
 * Same-length rewrites change the base text directly:
 *
 * <ul>
 *   <li>{@code @start_date} and {@code @end_date} become a {@code ?} dynamic parameter padded with
 *       spaces (the binder types it as Timestamp);
 *   <li>a trailing {@code ;} becomes a space;
 *   <li>{@code GROUP BY ALL} becomes {@code GROUP BY ()}, which the binder reads as "group by every
 *       non-aggregate output column" (an empty grouping set allows no other output);
 *   <li>the {@code ON} of {@code SELECT DISTINCT ON (keys)} becomes spaces.
 * </ul>
 *
 * Other rewrites are {@link Rewrite} edits, mapped back by the parse's {@link SourceMap}:
 *
 * <ul>
 *   <li>the names of date functions Calcite parses with its own argument order ({@code date_diff},
 *       {@code datediff}, {@code dateadd}, {@code date_trunc}, ...) are quoted, so that they parse as
 *       plain calls, and so is a bare date part as their first argument ({@code datediff(day, a, b)});
 *   <li>{@code INTERVAL '1 day'} becomes {@code INTERVAL '1' DAY};
 *   <li>a list literal {@code [1, 2]} becomes {@code ARRAY[1, 2]};
 *   <li>a struct literal {@code {'a': 1}} becomes a call {@code "$struct"('a', 1)} (typed as a struct);
 *   <li>a word Calcite reserves used as an alias ({@code AS value,}) is quoted;
 *   <li>{@code DISTINCT ON (keys)} keeps its keys as a first select item {@code (keys) AS "$distinct_on"},
 *       which the binder reads as row-shaping keys, not as an output column.
 * </ul>
 *
 * String literals, quoted identifiers and comments are left alone. The same scan notes syntax that
 * only Babel reads ({@code ::}, {@code * EXCLUDE}, {@code * REPLACE}, {@code ORDER BY ALL}, {@code ~}):
 * such a model goes straight to Babel, because the core parser would fail on it anyway. A false alarm
 * only costs Babel's speed; the result is the same.
 */
final class SqlPreprocessor {
  private SqlPreprocessor() {}

  /** Marks the select item that carries the keys of {@code DISTINCT ON}. */
  static final String DISTINCT_ON = "$distinct_on";
  /** The function a struct literal is rewritten to. */
  static final String STRUCT = "$struct";

  /** The rewrites to parse with and whether the text uses syntax only the Babel parser reads. */
  record Prepared(Rewrite rewrite, boolean babelSyntax) {
    String text() {
      return rewrite.text();
    }
  }

  private static final String START = "start_date";
  private static final String END = "end_date";

  /** Functions Calcite parses with a grammar of its own (other argument orders or kinds). */
  private static final Set<String> DATE_FUNCTIONS = Set.of("date_diff", "datediff", "dateadd", "date_trunc",
      "datetrunc", "date_part", "datepart", "timestampdiff", "timestampadd", "timestamp_diff", "timestamp_add");

  /** Date parts written as a bare word. */
  static final Set<String> DATE_PARTS = Set.of("year", "years", "quarter", "month", "months", "week", "day", "days",
      "dayofweek", "dayofyear", "hour", "hours", "minute", "minutes", "second", "seconds", "millisecond",
      "milliseconds", "microsecond", "microseconds", "epoch", "isoyear", "dow", "doy", "yy", "mm", "dd", "hh", "mi",
      "ss", "ms", "us");

  /** Words after which {@code [} starts a list literal rather than a subscript. */
  private static final Set<String> EXPRESSION_START = Set.of("select", "where", "and", "or", "not", "then", "else",
      "when", "in", "on", "by", "having", "distinct", "all", "case", "like", "ilike", "is", "qualify", "returning",
      "between", "any", "some", "exists", "values", "return");

  private static final Pattern INTERVAL_TEXT = Pattern.compile(
      "\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*(year|quarter|month|week|day|hour|minute|second|millisecond|microsecond)s?\\s*", Pattern.CASE_INSENSITIVE);

  /** The same-length part of the rewriting: the text with every position as in the file. */
  static String prepare(String sql) {
    return scan(sql, Dialect.DUCKDB).rewrite().base();
  }

  static Prepared scan(String sql) {
    return scan(sql, Dialect.DUCKDB);
  }

  static Prepared scan(String sql, Dialect dialect) {
    SqlTokens t = SqlTokens.of(sql);
    char[] out = null;
    boolean babel = false;
    int n = t.size();
    for (int i = 0; i < n; i++) {
      byte kind = t.kind(i);
      if (kind == SqlTokens.CAST) {
        babel = true;
      } else if (kind == SqlTokens.PUNCT) {
        char c = sql.charAt(t.start(i));
        if (c == '~') {
          babel = true;
        } else if (c == '*' && (t.isWord(i + 1, "exclude") || t.isWord(i + 1, "replace"))) {
          babel = true;
        } else if (c == '@' && t.kind(i + 1) == SqlTokens.WORD && t.start(i + 1) == t.start(i) + 1
            && (t.isWord(i + 1, START) || t.isWord(i + 1, END))) {
          out = copy(out, sql);
          out[t.start(i)] = '?';
          for (int k = t.start(i) + 1; k < t.end(i + 1); k++) {
            out[k] = ' ';
          }
          i++;
        } else if (c == ';' && i == n - 1) {
          out = copy(out, sql);
          out[t.start(i)] = ' ';
        }
      } else if (kind == SqlTokens.WORD && t.isWord(i, "all") && t.isWord(i - 1, "by")) {
        if (t.isWord(i - 2, "group")) {
          out = copy(out, sql);
          int at = t.start(i);
          out[at] = '(';
          out[at + 1] = ')';
          out[at + 2] = ' ';
        } else if (t.isWord(i - 2, "order")) {
          babel = true;
        }
      } else if (kind == SqlTokens.WORD && t.isWord(i, "on") && t.isWord(i - 1, "distinct")
          && t.isWord(i - 2, "select") && t.isPunct(i + 1, '(')) {
        out = copy(out, sql);
        out[t.start(i)] = ' ';
        out[t.start(i) + 1] = ' ';
      }
    }
    Rewrite rewrite = new Rewrite(out == null ? sql : new String(out));
    String quote = dialect == Dialect.DATABRICKS ? "`" : "\"";
    long castParens = 0; // bit k: the paren at depth k was opened by CAST (whose AS names a type)
    int depth = 0;
    for (int i = 0; i < n; i++) {
      byte kind = t.kind(i);
      if (kind == SqlTokens.WORD) {
        word(t, i, rewrite, quote);
        if (t.isWord(i, "as") && (depth == 0 || depth > 63 || (castParens & (1L << (depth - 1))) == 0)) {
          alias(t, i + 1, rewrite, quote, dialect);
        }
      } else if (kind == SqlTokens.PUNCT) {
        char c = sql.charAt(t.start(i));
        if (c == '(') {
          if (depth < 64) {
            boolean cast = t.isWord(i - 1, "cast") || t.isWord(i - 1, "try_cast") || t.isWord(i - 1, "safe_cast");
            castParens = cast ? castParens | (1L << depth) : castParens & ~(1L << depth);
          }
          depth++;
        } else if (c == ')') {
          depth = Math.max(0, depth - 1);
        }
        if (c == '[' && startsExpression(t, i - 1)) {
          rewrite.add(t.start(i), t.start(i), "ARRAY");
        } else if (c == '{') {
          struct(t, i, rewrite, quote);
        }
      }
    }
    return new Prepared(rewrite, babel);
  }

  private static void word(SqlTokens t, int i, Rewrite rewrite, String quote) {
    String sql = t.sql;
    if (t.isPunct(i + 1, '(') && !t.isPunct(i - 1, '.') && DATE_FUNCTIONS.contains(lower(t, i))) {
      rewrite.add(t.start(i), t.end(i), quote + t.text(i) + quote);
      if (t.kind(i + 2) == SqlTokens.WORD && t.isPunct(i + 3, ',') && DATE_PARTS.contains(lower(t, i + 2))) {
        rewrite.add(t.start(i + 2), t.end(i + 2), quote + t.text(i + 2) + quote);
      }
    } else if (t.isWord(i, "interval") && t.kind(i + 1) == SqlTokens.STRING
        && !(t.kind(i + 2) == SqlTokens.WORD && DATE_PARTS.contains(lower(t, i + 2)))) {
      String literal = sql.substring(t.start(i + 1) + 1, Math.max(t.start(i + 1) + 1, t.end(i + 1) - 1));
      Matcher m = INTERVAL_TEXT.matcher(literal);
      if (m.matches()) {
        String unit = m.group(2).toUpperCase(Locale.ROOT);
        String value = m.group(1);
        if (unit.endsWith("ISECOND") || unit.startsWith("MICRO")) { // Calcite has no smaller unit than SECOND
          value = new java.math.BigDecimal(value).movePointLeft(unit.startsWith("MILLI") ? 3 : 6).toPlainString();
          unit = "SECOND";
        }
        rewrite.add(t.start(i + 1), t.end(i + 1), "'" + value + "' " + unit);
      }
    } else if (t.isWord(i, "distinct") && t.isWord(i - 1, "select") && t.isWord(i + 1, "on")
        && t.isPunct(i + 2, '(')) {
      int close = t.closing(i + 2);
      if (close > 0) {
        rewrite.add(t.end(close), t.end(close), " AS " + quote + DISTINCT_ON + quote + ",");
      }
    }
  }

  /**
   * {@code AS value}, {@code AS measure}: a word Calcite reserves but the dialect accepts as a name,
   * written as an alias (the next token ends the alias), is quoted up front, sparing a failed parse
   * and a repair ({@link ModelParser} would quote it the same way).
   */
  private static void alias(SqlTokens t, int i, Rewrite rewrite, String quote, Dialect dialect) {
    if (t.kind(i) != SqlTokens.WORD || !endsAlias(t, i + 1)) {
      return;
    }
    String word = t.text(i);
    if (CalciteKeywords.reserved(word) && DialectKeywords.isIdentifier(dialect, word)) {
      rewrite.add(t.start(i), t.end(i), quote + word + quote);
    }
  }

  private static final Set<String> AFTER_ALIAS = Set.of("from", "where", "group", "having", "order", "limit", "offset",
      "fetch", "qualify", "window", "union", "intersect", "except", "minus", "join", "left", "right", "inner", "full",
      "cross", "natural", "on", "using", "lateral");

  private static boolean endsAlias(SqlTokens t, int i) {
    byte kind = t.kind(i);
    if (kind == 0) {
      return true;
    }
    if (kind == SqlTokens.PUNCT) {
      char c = t.sql.charAt(t.start(i));
      return c == ',' || c == ')' || c == ';';
    }
    return kind == SqlTokens.WORD && AFTER_ALIAS.contains(lower(t, i));
  }

  /** {@code {'a': x, 'b': y}} becomes {@code "$struct"('a', x, 'b', y)}; anything else stays. */
  private static void struct(SqlTokens t, int open, Rewrite rewrite, String quote) {
    int close = t.closing(open);
    if (close < 0 || !t.isPunct(close, '}') || close == open + 1) {
      return;
    }
    // Every top-level element must be 'key': value.
    int depth = 0;
    boolean expectKey = true;
    int colons = 0;
    int[] colonAt = new int[(close - open) / 2 + 1];
    for (int i = open + 1; i < close; i++) {
      if (t.kind(i) == SqlTokens.PUNCT) {
        char c = t.sql.charAt(t.start(i));
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          depth--;
        } else if (depth == 0 && c == ',') {
          expectKey = true;
          continue;
        } else if (depth == 0 && c == ':') {
          colonAt[colons++] = i;
          continue;
        }
      }
      if (depth == 0 && expectKey) {
        if (t.kind(i) != SqlTokens.STRING || !t.isPunct(i + 1, ':')) {
          return;
        }
        expectKey = false;
      }
    }
    rewrite.add(t.start(open), t.end(open), quote + STRUCT + quote + "(");
    for (int k = 0; k < colons; k++) {
      rewrite.add(t.start(colonAt[k]), t.end(colonAt[k]), ",");
    }
    rewrite.add(t.start(close), t.end(close), ")");
  }

  /** Whether a {@code [} after token {@code prev} opens a list literal (not a subscript). */
  private static boolean startsExpression(SqlTokens t, int prev) {
    byte kind = t.kind(prev);
    if (kind == 0) {
      return true;
    }
    if (kind == SqlTokens.WORD) {
      return EXPRESSION_START.contains(lower(t, prev));
    }
    if (kind == SqlTokens.PUNCT) {
      char c = t.sql.charAt(t.start(prev));
      return c != ')' && c != ']' && c != '}';
    }
    return false;
  }

  private static String lower(SqlTokens t, int i) {
    return t.text(i).toLowerCase(Locale.ROOT);
  }

  private static char[] copy(char[] out, String sql) {
    return out != null ? out : sql.toCharArray();
  }
}
