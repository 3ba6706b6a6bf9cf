package dev.rocky.app.run;

import java.io.PrintStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The table printed after a run: one row per model with its status, rows and duration. */
final class SummaryTable {
  private SummaryTable() {}

  record Row(String model, String status, @Nullable Long rows, @Nullable Long durationMs) {}

  static void print(PrintStream out, List<Row> rows) {
    int model = "MODEL".length();
    int rowsWidth = "ROWS".length();
    for (Row r : rows) {
      model = Math.max(model, r.model().length());
      rowsWidth = Math.max(rowsWidth, rowsCell(r).length());
    }
    String format = "%-" + model + "s  %-7s  %" + rowsWidth + "s  %8s%n";
    out.printf(format, "MODEL", "STATUS", "ROWS", "DURATION");
    for (Row r : rows) {
      out.printf(format, r.model(), r.status(), rowsCell(r),
          r.durationMs() == null ? "-" : ProgressPrinter.duration(r.durationMs()));
    }
  }

  private static String rowsCell(Row r) {
    return r.rows() == null ? "-" : Long.toString(r.rows());
  }
}
