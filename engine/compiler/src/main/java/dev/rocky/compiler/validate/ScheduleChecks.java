package dev.rocky.compiler.validate;

import dev.rocky.core.config.PipelineSchedule;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.diagnostic.DiagnosticCode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** V036: a pipeline's {@code schedule.cron} must be a 5-field cron expression and every timezone an IANA zone. */
final class ScheduleChecks {
  private static final List<String> MACROS = List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  private static final String[] FIELDS = {"minute", "hour", "day-of-month", "month", "day-of-week"};
  private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
  private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private ScheduleChecks() {}

  static void check(RockyConfig config, Findings out) {
    timezone("[schedule]", config.schedule().timezone(), out);
    config.pipelines().forEach((name, pipeline) -> {
      PipelineSchedule schedule = pipeline.schedule();
      if (schedule == null) {
        return;
      }
      if (schedule.cron() != null) {
        cronProblem(schedule.cron()).ifPresent(problem ->
            out.add(DiagnosticCode.V036, ValidateMessages.badCron(name, schedule.cron(), problem), ValidateMessages.CRON_FORMAT));
      }
      if (schedule.timezone() != null) {
        timezone("pipeline '" + name + "': schedule", schedule.timezone(), out);
      }
    });
  }

  private static void timezone(String where, String zone, Findings out) {
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      out.add(DiagnosticCode.V036, ValidateMessages.badTimezone(where, zone), ValidateMessages.TIMEZONE_FORMAT);
    }
  }

  /** What is wrong with a 5-field cron expression, if anything. */
  static Optional<String> cronProblem(String cron) {
    String text = cron.trim();
    if (MACROS.contains(text.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String[] fields = text.split("\\s+");
    if (fields.length != 5) {
      return Optional.of("expected 5 fields, found " + (text.isEmpty() ? 0 : fields.length));
    }
    for (int f = 0; f < 5; f++) {
      for (String item : fields[f].split(",", -1)) {
        if (!validItem(item, f)) {
          return Optional.of(FIELDS[f] + " field '" + fields[f] + "' is out of range " + RANGES[f][0] + "-" + RANGES[f][1]
              + " or malformed");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean validItem(String item, int field) {
    String range = item;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      range = item.substring(0, slash);
      Integer step = number(item.substring(slash + 1), -1);
      if (step == null || step < 1) {
        return false;
      }
    }
    if (range.equals("*") || (range.equals("?") && (field == 2 || field == 4))) {
      return true;
    }
    int dash = range.indexOf('-');
    if (dash > 0) {
      Integer lo = number(range.substring(0, dash), field);
      Integer hi = number(range.substring(dash + 1), field);
      return lo != null && hi != null && lo <= hi;
    }
    return number(range, field) != null;
  }

  /** The value of a field item, or null if it is not a number (or name) in range; field -1 takes any positive number. */
  private static @Nullable Integer number(String text, int field) {
    String upper = text.toUpperCase(Locale.ROOT);
    int value;
    if (field == 3 && MONTHS.contains(upper)) {
      value = MONTHS.indexOf(upper) + 1;
    } else if (field == 4 && DAYS.contains(upper)) {
      value = DAYS.indexOf(upper);
    } else if (!text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() <= 4) {
      value = Integer.parseInt(text);
    } else {
      return null;
    }
    if (field < 0) {
      return value;
    }
    return value >= RANGES[field][0] && value <= RANGES[field][1] ? value : null;
  }
}
