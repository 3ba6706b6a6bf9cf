package dev.rocky.cli.load;

import dev.rocky.app.load.LoadOutput;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import java.io.PrintWriter;

/** A load on a terminal: one row per file with its table and row count, then the totals. */
final class LoadViews {
  private LoadViews() {}

  static HumanView of(LoadOutput output, String verb) {
    TextTable.Builder table = TextTable.builder("FILE", "FORMAT", "TABLE", "ROWS");
    output.files().forEach(f -> table.row(f.file(), f.format(), f.target(), f.rows()));
    TextTable rows = table.build();
    return (PrintWriter out) -> {
      rows.render(out);
      out.println();
      out.println(verb + " " + output.rowsLoaded() + " rows from " + output.filesLoaded() + " file"
          + (output.filesLoaded() == 1 ? "" : "s") + " in " + output.durationMs() + " ms");
    };
  }
}
