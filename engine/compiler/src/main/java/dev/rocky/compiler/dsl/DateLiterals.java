package dev.rocky.compiler.dsl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Checks {@code @YYYY-MM-DD} and {@code @YYYY-MM-DDTHH:MM:SS[Z]} literals and gives their SQL value. */
final class DateLiterals {
  private static final Pattern DATE = Pattern.compile("@\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIMESTAMP = Pattern.compile("@\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z?");

  private DateLiterals() {}

  /** The literal without its {@code @}; throws when it is malformed or not a real date. */
  static String check(String text, Pos pos) {
    try {
      if (DATE.matcher(text).matches()) {
        LocalDate.parse(text.substring(1));
        return text.substring(1);
      }
      if (TIMESTAMP.matcher(text).matches()) {
        String value = text.substring(1).replace("Z", "");
        LocalDateTime.parse(value);
        return value;
      }
    } catch (DateTimeParseException e) {
      throw new DslSyntaxError("`" + text + "` is not a real date", pos, text.length(), "check the month and the day");
    }
    throw new DslSyntaxError("malformed date literal `" + text + "`", pos, text.length(),
        "write a date as @2025-01-31 or a timestamp as @2025-01-31T10:00:00Z");
  }

  static boolean isTimestamp(String value) {
    return value.indexOf('T') > 0;
  }

  /** The SQL literal: {@code DATE '2025-01-31'} or {@code TIMESTAMP '2025-01-31 10:00:00'}. */
  static String sql(String value) {
    return isTimestamp(value) ? "TIMESTAMP '" + value.replace('T', ' ') + "'" : "DATE '" + value + "'";
  }
}
