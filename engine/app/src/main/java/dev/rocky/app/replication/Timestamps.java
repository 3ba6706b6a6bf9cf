package dev.rocky.app.replication;

import dev.rocky.core.error.RockyException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads a warehouse's {@code MAX(<timestamp_column>)} as an instant; zone-less values are UTC. */
final class Timestamps {
  private Timestamps() {}

  static @Nullable Instant toInstant(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case Instant i -> i;
      case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
      case OffsetDateTime t -> t.toInstant();
      case ZonedDateTime t -> t.toInstant();
      case java.sql.Timestamp t -> t.toLocalDateTime().toInstant(ZoneOffset.UTC);
      case LocalDate d -> d.atStartOfDay(ZoneOffset.UTC).toInstant();
      case String s -> parse(s);
      default -> throw notATimestamp(value);
    };
  }

  private static Instant parse(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        throw notATimestamp(text);
      }
    }
  }

  private static RockyException notATimestamp(Object value) {
    return new RockyException(ReplicationRunErrorCode.REPLICATION_WATERMARK_NOT_A_TIMESTAMP,
        "the timestamp column's maximum is not a timestamp: " + value + " (" + value.getClass().getSimpleName()
            + "); timestamp_column must name a timestamp or date column");
  }
}
