package dev.rocky.infra;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a pipeline's 5-field cron ({@code minute hour day-of-month month day-of-week}, as
 * {@code rocky tick} reads it) into an EventBridge Scheduler expression ({@code cron(m h dom mon dow
 * year)}). Scheduler differs in three ways: one of day-of-month and day-of-week must be {@code ?},
 * day-of-week counts Sunday as 1 (cron: 0 or 7), and there is a year field.
 */
public final class ScheduleCron {
  private static final Pattern NUMERIC_DOW = Pattern.compile("[0-7](-[0-7])?(/[0-9]+)?(,[0-7](-[0-7])?(/[0-9]+)?)*");

  private ScheduleCron() {}

  /**
   * The Scheduler expression for {@code cron}.
   *
   * @throws IllegalArgumentException with a message naming the field and the fix
   */
  public static String toScheduler(String cron) {
    String[] f = cron.trim().split("\\s+");
    if (f.length != 5) {
      throw new IllegalArgumentException("cron '" + cron + "' has " + f.length
          + " fields; write 5: minute hour day-of-month month day-of-week (for example \"0 6 * * *\")");
    }
    String dom = f[2];
    String dow = f[4];
    boolean anyDom = dom.equals("*") || dom.equals("?");
    boolean anyDow = dow.equals("*") || dow.equals("?");
    if (!anyDom && !anyDow) {
      throw new IllegalArgumentException("cron '" + cron + "' restricts both day-of-month and day-of-week, which "
          + "EventBridge Scheduler cannot express; keep one of them '*' (or split it into two pipelines)");
    }
    if (anyDow) {
      dow = "?";
      dom = anyDom ? "*" : dom;
    } else {
      dom = "?";
      dow = schedulerDayOfWeek(dow, cron);
    }
    return "cron(" + f[0] + " " + f[1] + " " + dom + " " + f[3] + " " + dow + " *)";
  }

  /** Shifts numeric days (cron 0-7, Sunday = 0 or 7) to Scheduler's 1-7 (Sunday = 1); names pass. */
  private static String schedulerDayOfWeek(String dow, String cron) {
    String upper = dow.toUpperCase(Locale.ROOT);
    if (!NUMERIC_DOW.matcher(upper).matches()) {
      if (upper.matches("[A-Z,\\-/#L0-9]+")) {
        return upper;
      }
      throw new IllegalArgumentException("cron '" + cron + "': day-of-week '" + dow + "' is not understood; use 0-7 or SUN-SAT");
    }
    StringBuilder out = new StringBuilder();
    for (String part : upper.split(",")) {
      if (!out.isEmpty()) {
        out.append(',');
      }
      String step = "";
      int slash = part.indexOf('/');
      if (slash >= 0) {
        step = part.substring(slash);
        part = part.substring(0, slash);
      }
      String[] range = part.split("-");
      int from = day(range[0]);
      if (range.length == 1) {
        out.append(from).append(step);
      } else {
        int to = Integer.parseInt(range[1]) == 7 ? 7 : day(range[1]);
        if (Integer.parseInt(range[1]) == 7) {
          // ..-7 ends on Sunday: Saturday (7) plus Sunday (1).
          out.append(from).append("-7").append(step);
          if (step.isEmpty() && from != 1) {
            out.append(",1");
          }
        } else {
          out.append(from).append('-').append(to).append(step);
        }
      }
    }
    return out.toString();
  }

  private static int day(String cronDay) {
    int d = Integer.parseInt(cronDay);
    return d == 7 ? 1 : d + 1;
  }
}
