package dev.rocky.catalog.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the site spells values: times in UTC, durations, counts, bytes and money; absent values as "not recorded". */
public final class Format {
  public static final String NOT_RECORDED = "not recorded";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  private Format() {}

  public static String time(Instant t) {
    return TIME.format(t);
  }

  /** {@code 850 ms}, {@code 12.4 s}, {@code 3 min 05 s}, {@code 2 h 01 min}. */
  public static String duration(long ms) {
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long s = ms / 1000;
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
  }

  public static String count(@Nullable Long n) {
    return n == null ? NOT_RECORDED : String.format(Locale.ROOT, "%,d", n);
  }

  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Dollars with four decimals under a dollar, two above. */
  public static String usd(@Nullable Double usd) {
    if (usd == null) {
      return NOT_RECORDED;
    }
    return usd < 1 ? String.format(Locale.ROOT, "$%.4f", usd) : String.format(Locale.ROOT, "$%,.2f", usd);
  }

  public static String bytes(long n) {
    String[] units = {"B", "KB", "MB", "GB", "TB"};
    double v = n;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return u == 0 ? n + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /** A text cut to {@code max} characters, ending in "..." (ASCII keeps pages in Java's compact strings). */
  public static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, Math.max(0, max - 3)) + "...";
  }

  /** The CSS class of a status: {@code ok}, {@code bad}, {@code warn} or {@code muted}. */
  public static String statusClass(String status) {
    return switch (status.toLowerCase(Locale.ROOT)) {
      case "success", "pass", "passed" -> "ok";
      case "failed", "failure", "fail", "error" -> "bad";
      case "partialfailure", "warning", "warn" -> "warn";
      default -> "muted";
    };
  }
}
