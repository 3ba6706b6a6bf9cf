package dev.rocky.planner.partition;

import dev.rocky.core.project.Strategy.Granularity;
import dev.rocky.planner.error.PlannerErrors;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One partition of a grain, identified by the start of its window. Its canonical key is Rocky's:
 * hour {@code %Y-%m-%dT%H}, day {@code %Y-%m-%d}, month {@code %Y-%m}, year {@code %Y}; its window is
 * the half-open {@code [start, end)}. Times are UTC wall-clock times.
 */
public record PartitionKey(Granularity grain, LocalDateTime start) implements Comparable<PartitionKey> {

  /** A date-time from a year down to seconds: {@code 2026}, {@code 2026-04}, ..., {@code 2026-04-01T05:30:00}. */
  private static final Pattern BOUND = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2})(?::(\\d{2})(?::(\\d{2}))?)?)?)?)?");

  public PartitionKey {
    Objects.requireNonNull(grain, "grain");
    Objects.requireNonNull(start, "start");
    if (!truncate(grain, start).equals(start)) {
      throw new IllegalArgumentException(start + " is not the start of a " + grain + " partition");
    }
  }

  /** The partition of {@code grain} containing {@code time}. */
  public static PartitionKey containing(Granularity grain, LocalDateTime time) {
    return new PartitionKey(grain, truncate(grain, time));
  }

  /** Parses a canonical key of exactly this grain ({@code --partition}, {@code first_partition}). */
  public static PartitionKey parse(Granularity grain, String key) {
    Matcher m = BOUND.matcher(key);
    if (!m.matches() || precision(m) != rank(grain) || !key.equals(format(grain, m))) {
      throw PlannerErrors.invalidPartitionKey(key, grain(grain), expected(grain));
    }
    return new PartitionKey(grain, toDateTime(m, key, grain));
  }

  /**
   * Parses a range bound ({@code --from}, {@code --to}): a canonical key of the grain, or a finer
   * date-time, aligned down to the partition containing it. A coarser value is refused, since it
   * would be unclear which of its partitions is meant.
   */
  public static PartitionKey parseBound(Granularity grain, String text) {
    Matcher m = BOUND.matcher(text);
    if (!m.matches()) {
      throw PlannerErrors.invalidPartitionKey(text, grain(grain), expected(grain) + " (or a finer date-time)");
    }
    if (precision(m) < rank(grain)) {
      throw PlannerErrors.coarserThanGrain(text, grain(grain), expected(grain));
    }
    return containing(grain, toDateTime(m, text, grain));
  }

  /** The canonical key, e.g. {@code 2026-04-01T05}. */
  public String key() {
    String pattern = switch (grain) {
      case HOUR -> "uuuu-MM-dd'T'HH";
      case DAY -> "uuuu-MM-dd";
      case MONTH -> "uuuu-MM";
      case YEAR -> "uuuu";
    };
    return start.format(DateTimeFormatter.ofPattern(pattern));
  }

  /** The exclusive end of the window: the start of the next partition. */
  public LocalDateTime end() {
    return switch (grain) {
      case HOUR -> start.plusHours(1);
      case DAY -> start.plusDays(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }

  public PartitionKey next() {
    return new PartitionKey(grain, end());
  }

  public PartitionKey previous() {
    LocalDateTime prior = switch (grain) {
      case HOUR -> start.minusHours(1);
      case DAY -> start.minusDays(1);
      case MONTH -> start.minusMonths(1);
      case YEAR -> start.minusYears(1);
    };
    return new PartitionKey(grain, prior);
  }

  /** This partition's window, on its own. */
  public PartitionWindow window() {
    return new PartitionWindow(key(), start, end(), List.of());
  }

  @Override
  public int compareTo(PartitionKey other) {
    return start.compareTo(other.start);
  }

  @Override
  public String toString() {
    return key();
  }

  static LocalDateTime truncate(Granularity grain, LocalDateTime t) {
    return switch (grain) {
      case HOUR -> t.withMinute(0).withSecond(0).withNano(0);
      case DAY -> t.toLocalDate().atStartOfDay();
      case MONTH -> t.toLocalDate().withDayOfMonth(1).atStartOfDay();
      case YEAR -> t.toLocalDate().withDayOfYear(1).atStartOfDay();
    };
  }

  /** The key format of a grain, as shown in messages. */
  public static String expected(Granularity grain) {
    return switch (grain) {
      case HOUR -> "YYYY-MM-DDTHH";
      case DAY -> "YYYY-MM-DD";
      case MONTH -> "YYYY-MM";
      case YEAR -> "YYYY";
    };
  }

  private static String grain(Granularity grain) {
    return grain.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** 0 = year, 1 = month, 2 = day, 3 = hour: how fine a key of the grain is. */
  private static int rank(Granularity grain) {
    return switch (grain) {
      case YEAR -> 0;
      case MONTH -> 1;
      case DAY -> 2;
      case HOUR -> 3;
    };
  }

  /** How fine a matched date-time is, on the same scale (minutes and seconds count as hours+). */
  private static int precision(Matcher m) {
    int groups = 1;
    while (groups < 6 && m.group(groups + 1) != null) {
      groups++;
    }
    return groups - 1;
  }

  /** The canonical text of a matched value at the grain, to refuse e.g. {@code 2026-04-01 05} for an hour key. */
  private static String format(Granularity grain, Matcher m) {
    return switch (grain) {
      case YEAR -> m.group(1);
      case MONTH -> m.group(1) + "-" + m.group(2);
      case DAY -> m.group(1) + "-" + m.group(2) + "-" + m.group(3);
      case HOUR -> m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4);
    };
  }

  private static LocalDateTime toDateTime(Matcher m, String text, Granularity grain) {
    try {
      LocalDate date = LocalDate.of(number(m, 1, 1), number(m, 2, 1), number(m, 3, 1));
      return date.atTime(number(m, 4, 0), number(m, 5, 0), number(m, 6, 0));
    } catch (DateTimeException e) {
      throw PlannerErrors.invalidPartitionKey(text, grain(grain), expected(grain) + " naming a real date and time");
    }
  }

  private static int number(Matcher m, int group, int absent) {
    String g = m.group(group);
    return g == null ? absent : Integer.parseInt(g);
  }
}
