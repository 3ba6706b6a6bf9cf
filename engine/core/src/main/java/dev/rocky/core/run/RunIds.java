package dev.rocky.core.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Run ids in Rocky's format, {@code run-%Y%m%d-%H%M%S-%3f} of the UTC start time. */
public final class RunIds {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("'run-'yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
  private static final Pattern SHAPE = Pattern.compile("run-\\d{8}-\\d{6}-\\d{3}");

  private RunIds() {}

  /** E.g. {@code run-20260102-030405-123} for 2026-01-02T03:04:05.123Z. */
  public static String of(Instant startedAt) {
    return FORMAT.format(startedAt);
  }

  /** Whether {@code runId} has Rocky's shape. */
  public static boolean isWellFormed(String runId) {
    return SHAPE.matcher(runId).matches();
  }
}
