package dev.rocky.testkit.emulator.databricks;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * DuckDB results and errors as Databricks reports them: Databricks type names, JSON_ARRAY value
 * strings, and error messages led by the error class and ending with the SQLSTATE.
 */
final class DuckDbResults {
  private static final DateTimeFormatter LTZ = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
  private static final DateTimeFormatter NTZ = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
  private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)");

  private DuckDbResults() {}

  static Outcome.Rows read(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<Outcome.Column> columns = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      columns.add(column(md.getColumnLabel(i), md.getColumnTypeName(i)));
    }
    List<List<@Nullable String>> rows = new ArrayList<>();
    while (rs.next()) {
      List<@Nullable String> row = new ArrayList<>();
      for (int i = 1; i <= columns.size(); i++) {
        row.add(text(rs.getObject(i)));
      }
      rows.add(row);
    }
    return new Outcome.Rows(columns, rows);
  }

  static Outcome.Column column(String name, String duckType) {
    String t = duckType.toUpperCase(Locale.ROOT);
    Matcher decimal = DECIMAL.matcher(t);
    if (decimal.matches()) {
      int p = Integer.parseInt(decimal.group(1));
      int s = Integer.parseInt(decimal.group(2));
      return new Outcome.Column(name, "DECIMAL", "DECIMAL(" + p + "," + s + ")", p, s);
    }
    return switch (t) {
      case "BOOLEAN" -> new Outcome.Column(name, "BOOLEAN", "BOOLEAN", null, null);
      case "TINYINT" -> new Outcome.Column(name, "BYTE", "TINYINT", null, null);
      case "SMALLINT" -> new Outcome.Column(name, "SHORT", "SMALLINT", null, null);
      case "INTEGER" -> new Outcome.Column(name, "INT", "INT", null, null);
      case "BIGINT", "HUGEINT" -> new Outcome.Column(name, "LONG", "BIGINT", null, null);
      case "FLOAT" -> new Outcome.Column(name, "FLOAT", "FLOAT", null, null);
      case "DOUBLE" -> new Outcome.Column(name, "DOUBLE", "DOUBLE", null, null);
      case "DATE" -> new Outcome.Column(name, "DATE", "DATE", null, null);
      case "TIMESTAMP" -> new Outcome.Column(name, "TIMESTAMP", "TIMESTAMP_NTZ", null, null);
      case "TIMESTAMP WITH TIME ZONE" -> new Outcome.Column(name, "TIMESTAMP", "TIMESTAMP", null, null);
      case "BLOB" -> new Outcome.Column(name, "BINARY", "BINARY", null, null);
      default -> new Outcome.Column(name, "STRING", "STRING", null, null);
    };
  }

  static @Nullable String text(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case OffsetDateTime odt -> odt.withOffsetSameInstant(ZoneOffset.UTC).format(LTZ);
      case java.sql.Timestamp ts -> ts.toLocalDateTime().format(NTZ);
      case LocalDateTime ldt -> ldt.format(NTZ);
      case BigDecimal d -> d.toPlainString();
      case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
      case java.sql.Blob blob -> Base64.getEncoder().encodeToString(blob(blob));
      default -> value.toString();
    };
  }

  private static byte[] blob(java.sql.Blob blob) {
    try {
      return blob.getBytes(1, (int) blob.length());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Databricks failure for a DuckDB error, or a cancellation. */
  static Outcome failure(SQLException e) {
    String m = e.getMessage() == null ? "" : e.getMessage().strip();
    String first = m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m;
    String lower = first.toLowerCase(Locale.ROOT);
    if (lower.startsWith("interrupt") || lower.contains("interrupted")) {
      return new Outcome.Cancelled();
    }
    if (lower.contains("division by zero")) {
      return fail("DIVIDE_BY_ZERO", "Division by zero. Use `try_divide` to tolerate divisor being 0.", "22012");
    }
    if (lower.startsWith("parser error")) {
      return fail("PARSE_SYNTAX_ERROR", "Syntax error: " + after(first), "42601");
    }
    if (lower.startsWith("catalog error") && lower.contains("schema") && lower.contains("does not exist")
        && !lower.contains("table with name")) {
      return fail("SCHEMA_NOT_FOUND", "The schema cannot be found: " + after(first), "42704");
    }
    if (lower.startsWith("catalog error") && lower.contains("does not exist")) {
      return fail("TABLE_OR_VIEW_NOT_FOUND", "The table or view cannot be found: " + after(first), "42P01");
    }
    if (lower.startsWith("catalog error") && lower.contains("already exists")) {
      return fail("TABLE_OR_VIEW_ALREADY_EXISTS", after(first), "42P07");
    }
    if (lower.startsWith("binder error") && lower.contains("column")) {
      return fail("UNRESOLVED_COLUMN.WITHOUT_SUGGESTION", "A column cannot be resolved: " + after(first), "42703");
    }
    if (lower.startsWith("conversion error") || lower.startsWith("invalid input error")) {
      return fail("CAST_INVALID_INPUT", after(first), "22018");
    }
    if (lower.startsWith("constraint error")) {
      return fail("NOT_NULL_CONSTRAINT_VIOLATION", after(first), "23502");
    }
    if (lower.startsWith("transactioncontext error") && lower.contains("conflict")) {
      return new Outcome.Failure("ABORTED", "[DELTA_CONCURRENT_APPEND] " + after(first) + " SQLSTATE: 2D521", "2D521");
    }
    return fail("INTERNAL_ERROR", first, "XX000");
  }

  private static Outcome.Failure fail(String errorClass, String text, String sqlState) {
    return new Outcome.Failure("BAD_REQUEST", "[" + errorClass + "] " + text + " SQLSTATE: " + sqlState, sqlState);
  }

  private static String after(String message) {
    int colon = message.indexOf(": ");
    return colon < 0 ? message : message.substring(colon + 2);
  }
}
