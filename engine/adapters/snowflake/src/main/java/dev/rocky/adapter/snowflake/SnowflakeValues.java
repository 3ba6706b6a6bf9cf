package dev.rocky.adapter.snowflake;

import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Snowflake types as Rocky types, and JDBC values as the plain Java values of
 * {@link dev.rocky.core.port.QueryResult}: {@code NUMBER(p,s)} is {@code Decimal(p,s)} (BigDecimal,
 * as Snowflake has no narrower integers), {@code FLOAT} is Float64, {@code TIMESTAMP_NTZ} a local
 * date-time, {@code TIMESTAMP_LTZ}/{@code _TZ} an instant, semi-structured values their JSON text.
 */
final class SnowflakeValues {
  private SnowflakeValues() {}

  static RockyType type(String typeName, int precision, int scale) {
    String t = typeName.toUpperCase(Locale.ROOT).replace("_", "");
    return switch (t) {
      case "NUMBER", "DECIMAL", "NUMERIC", "FIXED" -> new RockyType.Decimal(precision <= 0 ? 38 : precision, Math.max(0, scale));
      case "FLOAT", "DOUBLE", "REAL", "DOUBLEPRECISION" -> RockyType.FLOAT64;
      case "VARCHAR", "TEXT", "STRING", "CHAR", "CHARACTER" -> RockyType.STRING;
      case "BOOLEAN" -> RockyType.BOOLEAN;
      case "DATE" -> RockyType.DATE;
      case "TIMESTAMPNTZ", "TIMESTAMP", "DATETIME" -> RockyType.TIMESTAMP_NTZ;
      case "TIMESTAMPLTZ", "TIMESTAMPTZ" -> RockyType.TIMESTAMP;
      case "BINARY", "VARBINARY" -> RockyType.BINARY;
      case "VARIANT", "OBJECT", "ARRAY" -> RockyType.VARIANT;
      default -> RockyType.UNKNOWN;
    };
  }

  static TypedColumn column(ResultSetMetaData md, int i) throws SQLException {
    return new TypedColumn(md.getColumnLabel(i), type(md.getColumnTypeName(i), md.getPrecision(i), md.getScale(i)),
        md.isNullable(i) != ResultSetMetaData.columnNoNulls);
  }

  static @Nullable Object value(ResultSet rs, int i, RockyType type) throws SQLException {
    Object value = switch (type) {
      case RockyType.Decimal d -> rs.getBigDecimal(i);
      case RockyType.Simple s -> switch (s) {
        case FLOAT64, FLOAT32 -> rs.getDouble(i);
        case BOOLEAN -> rs.getBoolean(i);
        case DATE -> date(rs.getDate(i));
        case TIMESTAMP_NTZ -> localDateTime(rs.getTimestamp(i));
        case TIMESTAMP -> instant(rs.getTimestamp(i));
        case BINARY -> rs.getBytes(i);
        case INT32 -> rs.getInt(i);
        case INT64 -> rs.getLong(i);
        case STRING, VARIANT, UNKNOWN -> rs.getString(i);
      };
      default -> rs.getString(i);
    };
    return rs.wasNull() ? null : value;
  }

  private static java.time.@Nullable LocalDate date(@Nullable Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static java.time.@Nullable LocalDateTime localDateTime(@Nullable Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }

  private static java.time.@Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
