package dev.rocky.compiler.check;

import dev.rocky.core.project.Strategy.Granularity;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Canonical time-interval partition keys: hour {@code YYYY-MM-DDTHH}, day {@code YYYY-MM-DD},
 * month {@code YYYY-MM}, year {@code YYYY}, each naming a real date.
 */
final class PartitionKeys {
  private static final Pattern LOOSE = Pattern.compile(
      "(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{1,2})(?::\\d{1,2}(?::\\d{1,2}(?:\\.\\d+)?)?)?Z?)?)?)?");

  private PartitionKeys() {}

  /** The key's shape for a grain, as written in messages. */
  static String shape(Granularity grain) {
    return switch (grain) {
      case HOUR -> "YYYY-MM-DDTHH";
      case DAY -> "YYYY-MM-DD";
      case MONTH -> "YYYY-MM";
      case YEAR -> "YYYY";
    };
  }

  /** Whether {@code key} is the canonical key of a real partition of this grain. */
  static boolean isCanonical(String key, Granularity grain) {
    return canonicalize(key, grain).filter(key::equals).isPresent();
  }

  /**
   * The canonical key of the partition that contains the instant {@code key} names, when it names
   * one at all ({@code 2024-1-5}, {@code 2024-01-05 13:00:00}, {@code 2024-01} read leniently).
   */
  static Optional<String> canonicalize(String key, Granularity grain) {
    Matcher m = LOOSE.matcher(key.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDateTime t = LocalDate.of(number(m.group(1), 1), number(m.group(2), 1), number(m.group(3), 1))
          .atTime(number(m.group(4), 0), 0);
      return Optional.of(format(t, grain));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** An example key of the grain, for suggestions. */
  static String example(Granularity grain) {
    return format(LocalDateTime.of(2024, 1, 1, 0, 0), grain);
  }

  private static String format(LocalDateTime t, Granularity grain) {
    String day = "%04d-%02d-%02d".formatted(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    return switch (grain) {
      case HOUR -> day + "T%02d".formatted(t.getHour());
      case DAY -> day;
      case MONTH -> "%04d-%02d".formatted(t.getYear(), t.getMonthValue());
      case YEAR -> "%04d".formatted(t.getYear());
    };
  }

  private static int number(@Nullable String digits, int absent) {
    return digits == null ? absent : Integer.parseInt(digits);
  }
}
