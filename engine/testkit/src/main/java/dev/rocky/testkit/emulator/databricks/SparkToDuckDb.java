package dev.rocky.testkit.emulator.databricks;

import dev.rocky.testkit.emulator.EmulatedSql;
import dev.rocky.testkit.emulator.FunctionCalls;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lexical translation of the Databricks SQL the adapter and the contract send into DuckDB SQL:
 * named parameters become literals, backticks double quotes, {@code TIMESTAMP} (with local time
 * zone) {@code TIMESTAMPTZ} and {@code TIMESTAMP_NTZ} {@code TIMESTAMP}; Unity Catalog's
 * {@code system.information_schema} maps onto DuckDB's, with Databricks type spellings.
 * {@code xxhash64(a, b, ...)} becomes DuckDB's {@code hash(a, b, ...)} shifted into a signed
 * BIGINT: a deterministic 64-bit hash of the same arguments, but not Spark's xxhash64 (the values
 * differ); only that equal rows hash equally, call after call, matters to the emulation.
 */
final class SparkToDuckDb {
  private static final Pattern RANGE = Pattern.compile("\\brange\\((\\d+)\\s*,\\s*(\\d+)\\)", Pattern.CASE_INSENSITIVE);

  private SparkToDuckDb() {}

  static String translate(String sql, Map<String, @Nullable String> parameters) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'') {
        int end = EmulatedSql.stringEnd(sql, i);
        out.append(EmulatedSql.duckDbString(sql.substring(i + 1, end - 1)));
        i = end;
      } else if (c == '`') {
        int end = sql.indexOf('`', i + 1);
        while (end + 1 < sql.length() && sql.charAt(end + 1) == '`') {
          end = sql.indexOf('`', end + 2);
        }
        out.append('"').append(sql.substring(i + 1, end).replace("``", "`").replace("\"", "\"\"")).append('"');
        i = end + 1;
      } else if (c == ':' && i + 1 < sql.length() && Character.isLetter(sql.charAt(i + 1)) && (i == 0 || sql.charAt(i - 1) != ':')) {
        int end = i + 1;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
          end++;
        }
        String value = parameters.get(sql.substring(i + 1, end));
        out.append(value == null ? "CAST(NULL AS VARCHAR)" : "'" + value.replace("'", "''") + "'");
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '.')) {
          end++;
        }
        out.append(word(sql.substring(i, end)));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    String ranged = RANGE.matcher(out).replaceAll("(SELECT range AS id FROM range($1, $2))");
    return FunctionCalls.rewrite(ranged, "xxhash64", arguments -> "emu.main.signed64(hash(" + arguments + "))");
  }

  private static String word(String word) {
    return switch (word.toUpperCase(Locale.ROOT)) {
      case "TIMESTAMP" -> "TIMESTAMPTZ";
      case "TIMESTAMP_NTZ" -> "TIMESTAMP";
      case "SYSTEM.INFORMATION_SCHEMA.COLUMNS" -> "information_schema.columns";
      case "SYSTEM.INFORMATION_SCHEMA.TABLES" -> "information_schema.tables";
      case "SYSTEM.INFORMATION_SCHEMA.SCHEMATA" -> "information_schema.schemata";
      case "FULL_DATA_TYPE" -> "emu.main.databricks_type(data_type)";
      case "SHA2" -> "emu.main.sha2";
      default -> word;
    };
  }
}
