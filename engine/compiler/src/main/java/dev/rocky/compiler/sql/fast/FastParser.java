package dev.rocky.compiler.sql.fast;

import org.apache.calcite.sql.SqlNode;
import org.jspecify.annotations.Nullable;

/**
 * The fast path for Calcite's core parser: the tree {@code SqlParserImpl.parseSqlStmtEof()} would
 * return for a query (same nodes, operators and positions; identifiers keep their case, quoting
 * follows the dialect), or null when the text uses anything outside the supported subset or is not
 * valid SQL, in which case Calcite parses it (and reports the error). About ten times cheaper than
 * the JavaCC parser in a cold JVM, mostly because it has little code to load and compile.
 * Thread-safe: all state lives in one call (the token arrays are kept per thread between calls).
 */
public final class FastParser {
  private FastParser() {}

  /**
   * @param text the SQL, already rewritten for Calcite (see the {@code sql} package)
   * @param backticks whether identifiers are quoted with backticks (Databricks) instead of double quotes
   */
  public static @Nullable SqlNode parse(String text, boolean backticks) {
    Tokens tokens = Tokens.lex(text, backticks);
    if (tokens == null) {
      return null;
    }
    try {
      return new QueryParser(new Cursor(tokens)).statement();
    } catch (RuntimeException e) {
      return null; // Cursor.Bail, or anything Calcite's helpers throw: Calcite parses and reports
    } finally {
      tokens.release();
    }
  }
}
