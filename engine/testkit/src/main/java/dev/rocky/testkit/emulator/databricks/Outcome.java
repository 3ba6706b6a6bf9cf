package dev.rocky.testkit.emulator.databricks;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** How an emulated statement ended: with rows (perhaps none, perhaps no columns) or an error. */
sealed interface Outcome {

  /** A column as the Statement Execution API describes it. */
  record Column(String name, String typeName, String typeText, @Nullable Integer precision, @Nullable Integer scale) {}

  record Rows(List<Column> columns, List<List<@Nullable String>> rows) implements Outcome {
    static final Rows NONE = new Rows(List.of(), List.of());
  }

  /** A failed statement: the service error code, the message (with error class and SQLSTATE) and the SQLSTATE. */
  record Failure(String errorCode, String message, String sqlState) implements Outcome {}

  record Cancelled() implements Outcome {}
}
