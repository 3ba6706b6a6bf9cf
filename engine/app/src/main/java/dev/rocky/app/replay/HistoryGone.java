package dev.rocky.app.replay;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a warehouse's answer that a recorded point in a table's history can no longer be read:
 * Snowflake's {@code 000707} (Time Travel data not available: past the table's retention, or before
 * it was created), Delta's commits older than the log's retention or a version that is not in the
 * log, and data files a {@code VACUUM} removed.
 */
final class HistoryGone {
  private static final List<String> MARKERS = List.of(
      "time travel data is not available",
      "000707",
      "delta_timestamp_earlier_than_commit_retention",
      "delta_version_not_found",
      "cannot time travel",
      "delta_file_not_found",
      "vacuum");

  private HistoryGone() {}

  static boolean matches(@Nullable String message) {
    if (message == null) {
      return false;
    }
    String text = message.toLowerCase(Locale.ROOT);
    return MARKERS.stream().anyMatch(text::contains);
  }

  /** The reason a replay reports for it. */
  static String reason(String message) {
    return "the recorded version of its inputs is no longer in the warehouse's history (Time Travel retention or "
        + "VACUUM): " + message;
  }
}
