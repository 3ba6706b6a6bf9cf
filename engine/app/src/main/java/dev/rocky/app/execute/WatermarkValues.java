package dev.rocky.app.execute;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.RockyException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code MAX(timestamp_column)} value as an instant, for model and replication watermarks.
 * A timestamp without time zone is taken as UTC, as the renderer writes the watermark literal back
 * in UTC; a date is its midnight.
 */
public final class WatermarkValues {
  private WatermarkValues() {}

  static @Nullable Instant toInstant(@Nullable Object value) {
    return toInstant(value, ExecuteErrorCode.EXECUTE_WATERMARK_NOT_A_TIMESTAMP);
  }

  /** @param notATimestamp the code of the error raised when the value is not a timestamp or date */
  public static @Nullable Instant toInstant(@Nullable Object value, ErrorCode notATimestamp) {
    return switch (value) {
      case null -> null;
      case Instant i -> i;
      case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
      case OffsetDateTime t -> t.toInstant();
      case ZonedDateTime t -> t.toInstant();
      case java.sql.Timestamp t -> t.toLocalDateTime().toInstant(ZoneOffset.UTC);
      case LocalDate d -> d.atStartOfDay(ZoneOffset.UTC).toInstant();
      case String s -> parse(s, notATimestamp);
      default -> throw notATimestamp(value, notATimestamp);
    };
  }

  private static Instant parse(String text, ErrorCode notATimestamp) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        throw notATimestamp(text, notATimestamp);
      }
    }
  }

  private static RockyException notATimestamp(Object value, ErrorCode code) {
    return new RockyException(code, "the timestamp column's maximum is not a timestamp: " + value + " ("
        + value.getClass().getSimpleName() + "); timestamp_column must name a timestamp or date column");
  }
}
