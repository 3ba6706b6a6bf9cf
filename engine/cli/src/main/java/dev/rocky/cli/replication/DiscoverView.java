package dev.rocky.cli.replication;

import dev.rocky.app.replication.DiscoverOutput;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import dev.rocky.planner.replication.ExcludedTable;

/** {@code rocky discover} in table mode: one row per table the pipeline would copy, then what it leaves out. */
final class DiscoverView {
  private DiscoverView() {}

  static HumanView of(DiscoverOutput output) {
    TextTable.Builder table = TextTable.builder("SOURCE", "TABLE", "TARGET", "STRATEGY");
    int count = 0;
    for (DiscoverOutput.Source s : output.sources()) {
      for (DiscoverOutput.Table t : s.tables()) {
        table.row(s.schema(), t.name(), t.target(), t.strategy());
        count++;
      }
    }
    TextTable rows = table.emptyMessage("no source of pipeline " + output.pipeline() + " matched").build();
    int tables = count;
    return out -> {
      rows.render(out);
      for (ExcludedTable e : output.excludedTables()) {
        out.println("excluded: " + e.sourceSchema() + "." + e.tableName() + " (" + e.reason() + ")");
      }
      out.printf("pipeline %s: %d source(s), %d table(s) to copy%n", output.pipeline(), output.sources().size(), tables);
    };
  }
}
