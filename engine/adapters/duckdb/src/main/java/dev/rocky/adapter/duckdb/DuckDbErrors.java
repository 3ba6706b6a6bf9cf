package dev.rocky.adapter.duckdb;

import dev.rocky.core.error.RockyException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Classifies DuckDB's failures. DuckDB's JDBC driver sets no SQLState; its messages start with the
 * error type ({@code Catalog Error: ...}), which is what this reads, falling back to the SQLState
 * class when a driver sets one.
 */
final class DuckDbErrors {
  private DuckDbErrors() {}

  /** The exception for {@code e}, raised while {@code doing} on the database {@code database}. */
  static RockyException classify(SQLException e, String doing, String database) {
    String message = firstLine(e.getMessage());
    DuckDbErrorCode code = code(message, e);
    if (code == DuckDbErrorCode.DUCKDB_DATABASE_LOCKED) {
      return new RockyException(code, "another process holds the DuckDB database file " + database
          + "; close that process (or point the adapter's path at another file) and retry. DuckDB said: " + message, e);
    }
    return new RockyException(code, doing + " failed in DuckDB: " + message, e);
  }

  static DuckDbErrorCode code(String message, SQLException e) {
    String type = errorType(message);
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("division by zero") || type.equals("divide by zero")) {
      return DuckDbErrorCode.DUCKDB_DIVISION_BY_ZERO;
    }
    switch (type) {
      case "parser", "syntax":
        return DuckDbErrorCode.DUCKDB_SYNTAX_ERROR;
      case "catalog":
        return lower.contains("does not exist") ? DuckDbErrorCode.DUCKDB_OBJECT_NOT_FOUND : DuckDbErrorCode.DUCKDB_SQL_REJECTED;
      case "conversion", "mismatch type", "invalid type", "out of range", "decimal":
        return DuckDbErrorCode.DUCKDB_TYPE_ERROR;
      case "constraint":
        return DuckDbErrorCode.DUCKDB_CONSTRAINT_VIOLATION;
      case "binder", "invalid input", "not implemented", "dependency", "sequence", "permission",
          "parameter not resolved", "parameter not allowed", "invalid configuration", "missing extension", "expression":
        return DuckDbErrorCode.DUCKDB_SQL_REJECTED;
      case "io":
        return lower.contains("could not set lock on file") ? DuckDbErrorCode.DUCKDB_DATABASE_LOCKED : DuckDbErrorCode.DUCKDB_IO_ERROR;
      case "transactioncontext", "transaction":
        return lower.contains("conflict") ? DuckDbErrorCode.DUCKDB_TRANSACTION_CONFLICT : DuckDbErrorCode.DUCKDB_SQL_REJECTED;
      case "connection", "http", "network":
        return DuckDbErrorCode.DUCKDB_IO_ERROR;
      case "out of memory":
        return DuckDbErrorCode.DUCKDB_OUT_OF_MEMORY;
      case "interrupt":
        return DuckDbErrorCode.DUCKDB_INTERRUPTED;
      case "internal", "fatal":
        return DuckDbErrorCode.DUCKDB_INTERNAL_ERROR;
      default:
        return bySqlState(e);
    }
  }

  private static DuckDbErrorCode bySqlState(SQLException e) {
    if (e instanceof SQLTransientException) {
      return DuckDbErrorCode.DUCKDB_TRANSACTION_CONFLICT;
    }
    String state = e.getSQLState();
    if (state == null || state.length() < 2) {
      return DuckDbErrorCode.DUCKDB_UNCLASSIFIED;
    }
    return switch (state.substring(0, 2)) {
      case "42" -> state.equals("42P01") ? DuckDbErrorCode.DUCKDB_OBJECT_NOT_FOUND : DuckDbErrorCode.DUCKDB_SQL_REJECTED;
      case "22" -> state.equals("22012") ? DuckDbErrorCode.DUCKDB_DIVISION_BY_ZERO : DuckDbErrorCode.DUCKDB_TYPE_ERROR;
      case "23" -> DuckDbErrorCode.DUCKDB_CONSTRAINT_VIOLATION;
      case "40" -> DuckDbErrorCode.DUCKDB_TRANSACTION_CONFLICT;
      case "08" -> DuckDbErrorCode.DUCKDB_UNAVAILABLE;
      case "53" -> DuckDbErrorCode.DUCKDB_OUT_OF_MEMORY;
      case "57" -> DuckDbErrorCode.DUCKDB_INTERRUPTED;
      default -> DuckDbErrorCode.DUCKDB_UNCLASSIFIED;
    };
  }

  /** {@code "catalog"} for {@code "Catalog Error: ..."}; empty when the message has no type. */
  static String errorType(String message) {
    int colon = message.indexOf(" Error:");
    return colon < 0 ? "" : message.substring(0, colon).strip().toLowerCase(Locale.ROOT);
  }

  static String firstLine(@Nullable String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
