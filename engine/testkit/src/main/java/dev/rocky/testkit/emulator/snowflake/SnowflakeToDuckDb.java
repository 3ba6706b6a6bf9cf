package dev.rocky.testkit.emulator.snowflake;

import dev.rocky.testkit.emulator.EmulatedSql;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.testkit.emulator.FunctionCalls;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lexical translation of Snowflake SQL into DuckDB SQL: unquoted names fold to upper case (as
 * Snowflake resolves them), bound {@code ?} parameters become literals, Snowflake's timestamp types
 * and functions map onto DuckDB's ({@code CURRENT_TIMESTAMP()} is the instant the statement
 * arrives, on the clock Time Travel's copies are stamped with), {@code GENERATOR} and {@code SYSTEM$WAIT} onto {@code range},
 * and {@code INFORMATION_SCHEMA.COLUMNS} reports Snowflake type names.
 */
final class SnowflakeToDuckDb {
  private static final Pattern GENERATOR = Pattern.compile(
      "SELECT\\s+SEQ4\\(\\)\\s+AS\\s+(\\w+)\\s+FROM\\s+TABLE\\(GENERATOR\\(ROWCOUNT\\s*=>\\s*(\\d+)\\)\\)");
  private static final Pattern WAIT = Pattern.compile("SYSTEM\\$WAIT\\((\\d+)\\)");

  private SnowflakeToDuckDb() {}

  static String translate(String sql, JsonNode bindings) {
    boolean columns = sql.toUpperCase(Locale.ROOT).contains("INFORMATION_SCHEMA.COLUMNS");
    Iterator<JsonNode> binds = bindValues(bindings);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'') {
        int end = EmulatedSql.stringEnd(sql, i);
        out.append(EmulatedSql.duckDbString(sql.substring(i + 1, end - 1)));
        i = end;
      } else if (c == '"') {
        int end = i + 1;
        while (end < sql.length() && !(sql.charAt(end) == '"' && (end + 1 >= sql.length() || sql.charAt(end + 1) != '"'))) {
          end += sql.charAt(end) == '"' ? 2 : 1;
        }
        out.append(sql, i, Math.min(end + 1, sql.length()));
        i = end + 1;
      } else if (c == '?' && binds.hasNext()) {
        JsonNode b = binds.next();
        out.append(b.path("value").isNull() ? "NULL" : "'" + b.path("value").asText().replace("'", "''") + "'");
        i++;
      } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() : end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
          end++;
        }
        out.append(word(sql.substring(i, end).toUpperCase(Locale.ROOT), columns));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    String translated = GENERATOR.matcher(out).replaceAll("SELECT range AS $1 FROM range(0, $2)");
    String waited = WAIT.matcher(translated).replaceAll("(SELECT count(*) FROM range(1000000000000) AS w(x) WHERE x % 7 = 3)");
    String now = "CAST('" + Instant.now() + "' AS TIMESTAMPTZ)";
    return FunctionCalls.rewrite(waited, "CURRENT_TIMESTAMP", arguments -> now);
  }

  private static String word(String word, boolean columns) {
    return switch (word) {
      case "TIMESTAMP_NTZ" -> "TIMESTAMP";
      case "TIMESTAMP_LTZ", "TIMESTAMP_TZ" -> "TIMESTAMPTZ";
      case "TO_TIMESTAMP_LTZ" -> "emu.main.to_timestamp_ltz";
      case "TO_VARCHAR" -> "emu.main.to_varchar";
      case "SHA2" -> "emu.main.sha2";
      case "DATA_TYPE" -> columns ? "emu.main.snowflake_type(DATA_TYPE)" : word;
      case "NUMERIC_PRECISION" -> columns ? "emu.main.snowflake_precision(DATA_TYPE, NUMERIC_PRECISION)" : word;
      case "NUMERIC_SCALE" -> columns ? "emu.main.snowflake_scale(DATA_TYPE, NUMERIC_SCALE)" : word;
      default -> word;
    };
  }

  private static Iterator<JsonNode> bindValues(@Nullable JsonNode bindings) {
    java.util.List<JsonNode> values = new java.util.ArrayList<>();
    if (bindings != null && bindings.isObject()) {
      for (int n = 1; bindings.has(String.valueOf(n)); n++) {
        values.add(bindings.get(String.valueOf(n)));
      }
    }
    return values.iterator();
  }
}
