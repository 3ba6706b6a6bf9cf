package dev.rocky.adapter.databricks;

import com.databricks.sdk.service.sql.ColumnInfo;
import com.databricks.sdk.service.sql.ColumnInfoTypeName;
import com.databricks.sdk.service.sql.ResultManifest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypeNames;
import dev.rocky.core.types.TypedColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a statement's JSON_ARRAY result: every value arrives as a string (or null) and is turned
 * into the plain Java value of its column's type ({@code TIMESTAMP} is an instant, {@code
 * TIMESTAMP_NTZ} a local date-time); Rocky types come from the column's {@code type_text}.
 */
final class DatabricksResults {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd().append(DateTimeFormatter.ISO_LOCAL_TIME).toFormatter(Locale.ROOT);

  private DatabricksResults() {}

  static QueryResult query(StatementExecutor.Completed done) {
    List<ColumnInfo> infos = columns(done.response().getManifest());
    List<TypedColumn> columns = infos.stream().map(DatabricksResults::column).toList();
    List<List<@Nullable Object>> rows = new ArrayList<>(done.rows().size());
    for (List<String> raw : done.rows()) {
      List<@Nullable Object> row = new ArrayList<>(infos.size());
      for (int i = 0; i < infos.size(); i++) {
        row.add(value(infos.get(i), i < raw.size() ? raw.get(i) : null));
      }
      rows.add(row);
    }
    return new QueryResult(columns, rows);
  }

  /** Rows affected come from the {@code num_affected_rows} column DML statements return. */
  static ExecutionResult execution(StatementExecutor.Completed done) {
    List<ColumnInfo> infos = columns(done.response().getManifest());
    Long affected = null;
    for (int i = 0; i < infos.size(); i++) {
      if ("num_affected_rows".equalsIgnoreCase(infos.get(i).getName()) && !done.rows().isEmpty()) {
        String v = done.rows().get(0).get(i);
        affected = v == null ? null : Long.parseLong(v);
      }
    }
    return new ExecutionResult(affected, done.duration(), null, null, done.statementId());
  }

  private static List<ColumnInfo> columns(@Nullable ResultManifest manifest) {
    if (manifest == null || manifest.getSchema() == null || manifest.getSchema().getColumns() == null) {
      return List.of();
    }
    return List.copyOf(manifest.getSchema().getColumns());
  }

  static TypedColumn column(ColumnInfo info) {
    String text = info.getTypeText() != null ? info.getTypeText()
        : info.getTypeName() == null ? "" : info.getTypeName().name();
    RockyType type = text.equalsIgnoreCase("VOID") || info.getTypeName() == ColumnInfoTypeName.NULL
        ? RockyType.STRING : TypeNames.fromSql(text);
    return new TypedColumn(info.getName(), type, true);
  }

  static @Nullable Object value(ColumnInfo info, @Nullable String text) {
    if (text == null) {
      return null;
    }
    ColumnInfoTypeName type = info.getTypeName() == null ? ColumnInfoTypeName.STRING : info.getTypeName();
    String typeText = info.getTypeText() == null ? "" : info.getTypeText().toUpperCase(Locale.ROOT);
    return switch (type) {
      case BOOLEAN -> Boolean.parseBoolean(text);
      case BYTE, SHORT, INT -> Integer.valueOf(text);
      case LONG -> Long.valueOf(text);
      case FLOAT -> Float.valueOf(text);
      case DOUBLE -> Double.valueOf(text);
      case DECIMAL -> new BigDecimal(text);
      case DATE -> LocalDate.parse(text);
      case TIMESTAMP -> typeText.startsWith("TIMESTAMP_NTZ") ? LocalDateTime.parse(text, LOCAL) : instant(text);
      case BINARY -> Base64.getDecoder().decode(text);
      case ARRAY, MAP, STRUCT -> json(text);
      case STRING, CHAR, INTERVAL, NULL, USER_DEFINED_TYPE -> text;
    };
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return LocalDateTime.parse(text, LOCAL).atOffset(java.time.ZoneOffset.UTC).toInstant();
    }
  }

  private static Object json(String text) {
    try {
      return JSON.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      return text;
    }
  }
}
