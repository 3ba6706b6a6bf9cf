package dev.rocky.adapter.snowflake;

import dev.rocky.core.config.Secret;
import dev.rocky.core.error.RockyException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Classifies Snowflake's failures by vendor code first and SQLSTATE second, and words their
 * messages (the one place they are worded). Every message is scrubbed of the configured secrets.
 */
final class SnowflakeErrors {
  private static final List<Pattern> SHAPES = List.of(
      Pattern.compile("(?i)(\"?(?:password|token|private_key_pwd|passcode)\"?\\s*[:=]\\s*\"?)[^\"&\\s,}]+"),
      Pattern.compile("(?i)(Snowflake Token=\")[^\"]+"));

  private final List<String> secrets;

  SnowflakeErrors(List<Secret> secrets) {
    this.secrets = secrets.stream().map(Secret::reveal).toList();
  }

  /** What was being done and for which model: the start of every message. */
  record Context(String doing, @Nullable String model) {
    String describe() {
      return doing + (model == null ? "" : " for model " + model);
    }
  }

  RockyException classify(Context context, SQLException e, @Nullable String queryId) {
    SnowflakeErrorCode code = code(e.getErrorCode(), e.getSQLState(), e.getMessage(), e instanceof SQLTransientException);
    String detail = firstLine(e.getMessage());
    String hint = switch (code) {
      case SNOWFLAKE_AUTH_FAILED -> " (Snowflake refused the login: check user and password, private_key_path, or the token)";
      case SNOWFLAKE_NO_WAREHOUSE -> " (set warehouse in the adapter block, or grant USAGE on it to the role)";
      default -> "";
    };
    return exception(code, context.describe() + (queryId == null ? "" : " (query " + queryId + ")")
        + " failed in Snowflake: " + detail + hint);
  }

  RockyException closed(Context context) {
    return exception(SnowflakeErrorCode.SNOWFLAKE_CLOSED, context.describe() + " failed: the Snowflake adapter is closed");
  }

  RockyException invalidIdentifier(Context context, String what, String value) {
    return exception(SnowflakeErrorCode.SNOWFLAKE_INVALID_IDENTIFIER, context.describe() + " failed: " + what + " '"
        + value + "' is not a plain identifier (letters, digits and _)");
  }

  RockyException interrupted(Context context) {
    Thread.currentThread().interrupt();
    return exception(SnowflakeErrorCode.SNOWFLAKE_CANCELLED, context.describe() + " failed: interrupted while waiting");
  }

  private RockyException exception(SnowflakeErrorCode code, String text) {
    return new RockyException(code, scrub(text));
  }

  String scrub(@Nullable String text) {
    String out = text == null ? "" : text;
    for (String secret : secrets) {
      out = out.replace(secret, "***");
    }
    for (Pattern shape : SHAPES) {
      out = shape.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)) + "***");
    }
    return out;
  }

  static SnowflakeErrorCode code(int vendor, @Nullable String sqlState, @Nullable String message, boolean transientType) {
    switch (vendor) {
      case 1003: return SnowflakeErrorCode.SNOWFLAKE_SYNTAX_ERROR;
      case 2003, 2043, 2140: return SnowflakeErrorCode.SNOWFLAKE_OBJECT_NOT_FOUND;
      case 904: return SnowflakeErrorCode.SNOWFLAKE_SQL_REJECTED;
      case 100051: return SnowflakeErrorCode.SNOWFLAKE_DIVISION_BY_ZERO;
      case 100072: return SnowflakeErrorCode.SNOWFLAKE_CONSTRAINT_VIOLATION;
      case 3001: return SnowflakeErrorCode.SNOWFLAKE_PERMISSION_DENIED;
      case 390100, 390101, 390144, 390303, 390318, 390186, 394304: return SnowflakeErrorCode.SNOWFLAKE_AUTH_FAILED;
      case 390112, 390114: return SnowflakeErrorCode.SNOWFLAKE_SESSION_EXPIRED;
      case 606: return SnowflakeErrorCode.SNOWFLAKE_NO_WAREHOUSE;
      case 604: return SnowflakeErrorCode.SNOWFLAKE_CANCELLED;
      case 630: return SnowflakeErrorCode.SNOWFLAKE_STATEMENT_TIMEOUT;
      case 625: return SnowflakeErrorCode.SNOWFLAKE_CONCURRENT_MODIFICATION;
      default: break;
    }
    String state = sqlState == null ? "" : sqlState;
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (state.equals("22012")) {
      return SnowflakeErrorCode.SNOWFLAKE_DIVISION_BY_ZERO;
    }
    if (state.equals("57014")) {
      return m.contains("timeout") ? SnowflakeErrorCode.SNOWFLAKE_STATEMENT_TIMEOUT : SnowflakeErrorCode.SNOWFLAKE_CANCELLED;
    }
    if (state.equals("42S02") || state.equals("02000")) {
      return SnowflakeErrorCode.SNOWFLAKE_OBJECT_NOT_FOUND;
    }
    if (state.equals("42501")) {
      return SnowflakeErrorCode.SNOWFLAKE_PERMISSION_DENIED;
    }
    if (state.equals("42601") || (state.equals("42000") && m.contains("syntax error"))) {
      return SnowflakeErrorCode.SNOWFLAKE_SYNTAX_ERROR;
    }
    if (state.startsWith("28")) {
      return SnowflakeErrorCode.SNOWFLAKE_AUTH_FAILED;
    }
    if (state.equals("57P03")) {
      return SnowflakeErrorCode.SNOWFLAKE_NO_WAREHOUSE;
    }
    if (state.startsWith("22")) {
      return SnowflakeErrorCode.SNOWFLAKE_TYPE_ERROR;
    }
    if (state.startsWith("23")) {
      return SnowflakeErrorCode.SNOWFLAKE_CONSTRAINT_VIOLATION;
    }
    if (state.startsWith("42") || state.startsWith("0A")) {
      return SnowflakeErrorCode.SNOWFLAKE_SQL_REJECTED;
    }
    if (state.startsWith("40")) {
      return SnowflakeErrorCode.SNOWFLAKE_CONCURRENT_MODIFICATION;
    }
    if (state.startsWith("08") || transientType) {
      return SnowflakeErrorCode.SNOWFLAKE_UNAVAILABLE;
    }
    if (m.contains("too many requests") || m.contains("throttl")) {
      return SnowflakeErrorCode.SNOWFLAKE_THROTTLED;
    }
    return SnowflakeErrorCode.SNOWFLAKE_UNCLASSIFIED;
  }

  static String firstLine(@Nullable String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    // Snowflake starts compilation errors with "SQL compilation error:" on a line of its own.
    if (nl >= 0 && m.substring(0, nl).endsWith(":") && nl + 1 < m.length()) {
      int next = m.indexOf('\n', nl + 1);
      return m.substring(0, nl) + " " + (next < 0 ? m.substring(nl + 1) : m.substring(nl + 1, next));
    }
    return nl < 0 ? m : m.substring(0, nl);
  }
}
