package dev.rocky.adapter.databricks;

import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.core.DatabricksException;
import com.databricks.sdk.service.sql.ServiceError;
import com.databricks.sdk.service.sql.ServiceErrorCode;
import dev.rocky.core.error.RockyException;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Classifies Databricks failures and words their messages (the one place they are worded). A failed
 * statement is read from its error class ({@code [TABLE_OR_VIEW_NOT_FOUND] ...}), its SQLSTATE and
 * the service error code; an API failure from its HTTP status and error code. Every message goes
 * through the {@link Redactor}.
 */
final class DatabricksErrors {
  private static final Pattern ERROR_CLASS = Pattern.compile("^\\[([A-Z0-9_]+)(?:\\.[A-Z0-9_]+)*]");
  private static final Pattern SQL_STATE = Pattern.compile("SQLSTATE: ([0-9A-Z]{5})");

  private final Redactor redactor;

  DatabricksErrors(Redactor redactor) {
    this.redactor = redactor;
  }

  /** What was being done, for which model and statement: the start of every message. */
  record Context(String doing, @Nullable String model, @Nullable String statementId) {
    Context withStatement(String id) {
      return new Context(doing, model, id);
    }

    String describe() {
      return doing + (model == null ? "" : " for model " + model)
          + (statementId == null ? "" : " (statement " + statementId + ")");
    }
  }

  /** A statement that ended FAILED. */
  RockyException failed(Context context, @Nullable ServiceError error, @Nullable String sqlState) {
    String message = error == null || error.getMessage() == null ? "no error message" : error.getMessage();
    DatabricksErrorCode code = statementCode(error == null ? null : error.getErrorCode(), message, sqlState);
    return exception(code, context, firstLine(message), null);
  }

  /** A failed API call: an HTTP error from the SDK, an I/O failure, or a client-side SDK failure. */
  RockyException api(Context context, RuntimeException e) {
    DatabricksErrorCode code = switch (e) {
      case DatabricksError d -> httpCode(d);
      case DatabricksException d when d.getCause() instanceof IOException -> DatabricksErrorCode.DATABRICKS_UNAVAILABLE;
      case DatabricksException d -> authFailure(d) ? DatabricksErrorCode.DATABRICKS_AUTH_FAILED : DatabricksErrorCode.DATABRICKS_UNCLASSIFIED;
      default -> DatabricksErrorCode.DATABRICKS_UNCLASSIFIED;
    };
    String hint = switch (code) {
      case DATABRICKS_AUTH_FAILED -> " (the workspace refused the credentials: check token, or client_id and client_secret)";
      case DATABRICKS_PERMISSION_DENIED -> " (the principal lacks a privilege on the warehouse or the object)";
      default -> "";
    };
    return exception(code, context, firstLine(e.getMessage()) + hint, e);
  }

  RockyException timeout(Context context, java.time.Duration timeout) {
    return exception(DatabricksErrorCode.DATABRICKS_STATEMENT_TIMEOUT, context,
        "the statement ran longer than timeout_secs = " + timeout.toSeconds() + " and was cancelled; "
            + "raise timeout_secs or make the model cheaper", null);
  }

  RockyException cancelled(Context context) {
    return exception(DatabricksErrorCode.DATABRICKS_CANCELLED, context, "the statement was cancelled", null);
  }

  RockyException closed(Context context) {
    return exception(DatabricksErrorCode.DATABRICKS_CLOSED, context, "the Databricks adapter is closed", null);
  }

  RockyException tooLarge(Context context) {
    return exception(DatabricksErrorCode.DATABRICKS_RESULT_TOO_LARGE, context,
        "the result is larger than Databricks returns inline (25 MiB); select fewer rows or columns", null);
  }

  RockyException noTransactions(Context context, int statements) {
    return exception(DatabricksErrorCode.DATABRICKS_TRANSACTIONS_UNSUPPORTED, context, "Databricks SQL has no "
        + "multi-statement transactions, so " + statements + " statements cannot run as one; the planner must "
        + "render a single atomic statement for Databricks (e.g. INSERT ... REPLACE WHERE)", null);
  }

  RockyException invalidIdentifier(Context context, String what, String value) {
    return exception(DatabricksErrorCode.DATABRICKS_INVALID_IDENTIFIER, context,
        what + " '" + value + "' is not a plain identifier (letters, digits and _)", null);
  }

  RockyException interrupted(Context context, InterruptedException e) {
    Thread.currentThread().interrupt();
    return exception(DatabricksErrorCode.DATABRICKS_CANCELLED, context, "interrupted while waiting", e);
  }

  private RockyException exception(DatabricksErrorCode code, Context context, String detail, @Nullable Throwable cause) {
    String text = redactor.scrub(context.describe() + " failed in Databricks: " + detail);
    // The SDK's exception may carry a response body; keep only its scrubbed words, not the object.
    RockyException out = new RockyException(code, text);
    if (cause != null) {
      out.addSuppressed(new CauseSummary(redactor.scrub(cause.getClass().getSimpleName() + ": " + cause.getMessage())));
    }
    return out;
  }

  static DatabricksErrorCode statementCode(@Nullable ServiceErrorCode serviceCode, String message, @Nullable String sqlState) {
    if (serviceCode != null) {
      switch (serviceCode) {
        case RESOURCE_EXHAUSTED: return DatabricksErrorCode.DATABRICKS_THROTTLED;
        case TEMPORARILY_UNAVAILABLE, WORKSPACE_TEMPORARILY_UNAVAILABLE, SERVICE_UNDER_MAINTENANCE, IO_ERROR:
          return DatabricksErrorCode.DATABRICKS_UNAVAILABLE;
        case DEADLINE_EXCEEDED: return DatabricksErrorCode.DATABRICKS_STATEMENT_TIMEOUT;
        case CANCELLED: return DatabricksErrorCode.DATABRICKS_CANCELLED;
        case UNAUTHENTICATED: return DatabricksErrorCode.DATABRICKS_AUTH_FAILED;
        case ABORTED: return DatabricksErrorCode.DATABRICKS_CONCURRENT_MODIFICATION;
        case INTERNAL_ERROR: return DatabricksErrorCode.DATABRICKS_INTERNAL_ERROR;
        default: break;
      }
    }
    String errorClass = match(ERROR_CLASS, message);
    String state = sqlState != null ? sqlState : match(SQL_STATE, message);
    if (errorClass.startsWith("DELTA_CONCURRENT") || state.startsWith("2D521") || state.equals("40000")) {
      return DatabricksErrorCode.DATABRICKS_CONCURRENT_MODIFICATION;
    }
    if (errorClass.equals("DIVIDE_BY_ZERO") || state.equals("22012")) {
      return DatabricksErrorCode.DATABRICKS_DIVISION_BY_ZERO;
    }
    if (errorClass.equals("PARSE_SYNTAX_ERROR") || state.equals("42601")) {
      return DatabricksErrorCode.DATABRICKS_SYNTAX_ERROR;
    }
    if (errorClass.endsWith("_NOT_FOUND") || state.equals("42P01") || state.equals("42704") || state.equals("42883")
        || state.equals("3F000")) {
      return DatabricksErrorCode.DATABRICKS_OBJECT_NOT_FOUND;
    }
    if (errorClass.startsWith("INSUFFICIENT_PERMISSIONS") || state.equals("42501")) {
      return DatabricksErrorCode.DATABRICKS_PERMISSION_DENIED;
    }
    if (state.startsWith("22")) {
      return DatabricksErrorCode.DATABRICKS_TYPE_ERROR;
    }
    if (state.startsWith("23")) {
      return DatabricksErrorCode.DATABRICKS_CONSTRAINT_VIOLATION;
    }
    if (state.startsWith("42") || state.startsWith("0A") || serviceCode == ServiceErrorCode.BAD_REQUEST
        || serviceCode == ServiceErrorCode.ALREADY_EXISTS) {
      return DatabricksErrorCode.DATABRICKS_SQL_REJECTED;
    }
    if (serviceCode == ServiceErrorCode.NOT_FOUND) {
      return DatabricksErrorCode.DATABRICKS_OBJECT_NOT_FOUND;
    }
    return DatabricksErrorCode.DATABRICKS_UNCLASSIFIED;
  }

  static DatabricksErrorCode httpCode(DatabricksError e) {
    String errorCode = e.getErrorCode() == null ? "" : e.getErrorCode().toUpperCase(Locale.ROOT);
    int status = e.getStatusCode();
    if (status == 429 || errorCode.equals("RESOURCE_EXHAUSTED") || errorCode.equals("REQUEST_LIMIT_EXCEEDED")) {
      return DatabricksErrorCode.DATABRICKS_THROTTLED;
    }
    if (status == 401 || errorCode.equals("UNAUTHENTICATED")) {
      return DatabricksErrorCode.DATABRICKS_AUTH_FAILED;
    }
    if (status == 403 || errorCode.equals("PERMISSION_DENIED")) {
      return DatabricksErrorCode.DATABRICKS_PERMISSION_DENIED;
    }
    if (status >= 500 || errorCode.equals("TEMPORARILY_UNAVAILABLE") || e.getCause() instanceof IOException) {
      return DatabricksErrorCode.DATABRICKS_UNAVAILABLE;
    }
    if (status == 404 || errorCode.equals("NOT_FOUND") || errorCode.equals("RESOURCE_DOES_NOT_EXIST")) {
      return DatabricksErrorCode.DATABRICKS_OBJECT_NOT_FOUND;
    }
    if (status >= 400 && status < 500) {
      return DatabricksErrorCode.DATABRICKS_REQUEST_REJECTED;
    }
    return DatabricksErrorCode.DATABRICKS_UNCLASSIFIED;
  }

  private static boolean authFailure(DatabricksException e) {
    String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return m.contains("auth") || m.contains("credential") || m.contains("token");
  }

  private static String match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : "";
  }

  static String firstLine(@Nullable String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** The scrubbed words of an underlying failure, kept without its (unscrubbed) object graph. */
  static final class CauseSummary extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CauseSummary(String message) {
      super(message, null, false, false);
    }
  }
}
