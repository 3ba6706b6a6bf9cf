package dev.rocky.testkit.emulator.snowflake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * DuckDB results and errors in Snowflake's JSON result format: {@code fixed}/{@code real}/
 * {@code text}/... row types, dates as days since the epoch, timestamps as epoch seconds with nine
 * fractional digits, booleans as 1/0; errors with Snowflake's vendor codes and SQLSTATEs.
 */
final class DuckDbToSnowflake {
  private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)");

  private DuckDbToSnowflake() {}

  static Wire.Result read(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<Wire.Column> columns = new ArrayList<>();
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
    return new Wire.Result(columns, rows, Wire.SELECT);
  }

  static Wire.Column column(String name, String duckType) {
    String t = duckType.toUpperCase(Locale.ROOT);
    Matcher decimal = DECIMAL.matcher(t);
    if (decimal.matches()) {
      return new Wire.Column(name, "fixed", Integer.parseInt(decimal.group(1)), Integer.parseInt(decimal.group(2)));
    }
    return switch (t) {
      case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UBIGINT", "UINTEGER" -> new Wire.Column(name, "fixed", 38, 0);
      case "FLOAT", "DOUBLE" -> new Wire.Column(name, "real", 0, 0);
      case "BOOLEAN" -> new Wire.Column(name, "boolean", 0, 0);
      case "DATE" -> new Wire.Column(name, "date", 0, 0);
      case "TIMESTAMP" -> new Wire.Column(name, "timestamp_ntz", 0, 9);
      case "TIMESTAMP WITH TIME ZONE" -> new Wire.Column(name, "timestamp_ltz", 0, 9);
      case "BLOB" -> new Wire.Column(name, "binary", 0, 0);
      default -> new Wire.Column(name, "text", 0, 0);
    };
  }

  static @Nullable String text(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case Boolean b -> b ? "1" : "0";
      case BigDecimal d -> d.toPlainString();
      case java.sql.Date d -> String.valueOf(d.toLocalDate().toEpochDay());
      case LocalDate d -> String.valueOf(d.toEpochDay());
      case java.sql.Timestamp ts -> epoch(ts.toLocalDateTime().toEpochSecond(ZoneOffset.UTC), ts.getNanos());
      case LocalDateTime ldt -> epoch(ldt.toEpochSecond(ZoneOffset.UTC), ldt.getNano());
      case OffsetDateTime odt -> epoch(odt.toEpochSecond(), odt.getNano());
      case byte[] bytes -> HexFormat.of().formatHex(bytes);
      default -> value.toString();
    };
  }

  static String epoch(long seconds, int nanos) {
    return seconds + "." + String.format("%09d", nanos);
  }

  /** A failure: Snowflake's code (six digits), SQLSTATE and message. */
  record Failure(String code, String sqlState, String message) {
    ObjectNode data(String queryId) {
      return Wire.JSON.createObjectNode().put("internalError", false).put("errorCode", code).put("age", 0)
          .put("sqlState", sqlState).put("queryId", queryId).put("line", -1).put("pos", -1)
          .put("type", sqlState.startsWith("42") ? "COMPILATION" : "EXECUTION");
    }
  }

  static final Failure CANCELLED = new Failure("000604", "57014", "SQL execution canceled");

  static Failure failure(SQLException e) {
    String m = e.getMessage() == null ? "" : e.getMessage().strip();
    String first = m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m;
    String lower = first.toLowerCase(Locale.ROOT);
    if (lower.startsWith("interrupt") || lower.contains("interrupted")) {
      return CANCELLED;
    }
    if (lower.contains("division by zero")) {
      return new Failure("100051", "22012", "Division by zero");
    }
    if (lower.startsWith("parser error")) {
      return new Failure("001003", "42000", "SQL compilation error:\nsyntax error " + after(first));
    }
    if (lower.startsWith("catalog error") && lower.contains("does not exist")) {
      return new Failure("002003", "42S02", "SQL compilation error:\nObject does not exist or not authorized: " + after(first));
    }
    if (lower.startsWith("catalog error") && lower.contains("already exists")) {
      return new Failure("002002", "42710", "SQL compilation error:\nObject already exists: " + after(first));
    }
    if (lower.startsWith("binder error")) {
      return new Failure("000904", "42000", "SQL compilation error:\ninvalid identifier: " + after(first));
    }
    if (lower.startsWith("conversion error") || lower.startsWith("invalid input error")) {
      return new Failure("100038", "22018", "Numeric value is not recognized: " + after(first));
    }
    if (lower.startsWith("constraint error")) {
      return new Failure("100072", "22000", "NULL result in a non-nullable column");
    }
    if (lower.startsWith("transactioncontext error")) {
      return new Failure("000625", "40001", "Statement was aborted because of a conflict: " + after(first));
    }
    return new Failure("000603", "XX000", "SQL execution internal error: " + first);
  }

  private static String after(String message) {
    int colon = message.indexOf(": ");
    return colon < 0 ? message : message.substring(colon + 2);
  }
}
