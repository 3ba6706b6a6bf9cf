package dev.rocky.app.quality.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import org.jspecify.annotations.Nullable;

/**
 * How a unit test compares a value it expects (as TOML wrote it) with one the model returned (as
 * the warehouse typed it): numbers by value ({@code 15.0} equals {@code 15.00}; floating point
 * within a relative 1e-9), dates and timestamps by instant whatever their spelling
 * ({@code "2026-01-01 10:00:00"} equals a TIMESTAMP), booleans by truth, the rest by text.
 */
final class Values {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Values() {}

  static boolean same(@Nullable Object expected, @Nullable Object actual) {
    if (expected == null || actual == null) {
      return expected == null && actual == null;
    }
    if (actual instanceof Number || (expected instanceof Number && !(actual instanceof String))) {
      BigDecimal e = number(expected);
      BigDecimal a = number(actual);
      if (e == null || a == null) {
        return false;
      }
      if (floating(expected) || floating(actual)) {
        double x = e.doubleValue();
        double y = a.doubleValue();
        return Math.abs(x - y) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
      }
      return e.compareTo(a) == 0;
    }
    if (actual instanceof Temporal) {
      return text(actual).equals(text(temporal(expected)));
    }
    if (actual instanceof Boolean b) {
      return expected instanceof Boolean eb ? eb.equals(b) : text(expected).equalsIgnoreCase(b.toString());
    }
    return text(expected).equals(text(actual));
  }

  /** A value as a person reads it in a row diff: {@code NULL}, {@code 15.25}, {@code 2026-01-01 10:00:00}. */
  static String text(@Nullable Object value) {
    return switch (value) {
      case null -> "NULL";
      case BigDecimal d -> d.toPlainString();
      case LocalDateTime t -> t.getNano() == 0 ? t.format(SECONDS) : t.format(SECONDS) + fraction(t.getNano());
      case Instant i -> text(LocalDateTime.ofInstant(i, ZoneOffset.UTC)) + "Z";
      case OffsetDateTime t -> text(t.toInstant());
      case ZonedDateTime t -> text(t.toInstant());
      default -> value.toString();
    };
  }

  private static String fraction(int nanos) {
    String digits = String.format("%09d", nanos);
    return "." + digits.replaceAll("0+$", "");
  }

  /** An expected value in the shape of a temporal, when its text is one. */
  private static @Nullable Object temporal(@Nullable Object value) {
    if (!(value instanceof String s)) {
      return value;
    }
    String t = s.strip();
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t);
      }
      if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
      }
      return LocalDateTime.parse(t.replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  private static boolean floating(Object v) {
    return v instanceof Double || v instanceof Float;
  }

  private static @Nullable BigDecimal number(Object v) {
    try {
      return switch (v) {
        case BigDecimal d -> d;
        case BigInteger i -> new BigDecimal(i);
        case Double d -> Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        case Float f -> Float.isFinite(f) ? new BigDecimal(f.toString()) : null;
        case Number n -> BigDecimal.valueOf(n.longValue());
        case String s -> new BigDecimal(s.strip());
        default -> null;
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
