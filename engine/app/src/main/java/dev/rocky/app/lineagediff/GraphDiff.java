package dev.rocky.app.lineagediff;

import dev.rocky.compiler.lineage.LineageGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The lineage-diff classification between any two lineage graphs, not only two git trees: what a
 * branch promotion would change in production. Uses the same column diff, consumer walk and
 * breaking rule as {@link LineageDiffService} (a removed or narrowed column that downstream columns
 * read is breaking); models whose columns did not change are left out.
 */
public final class GraphDiff {
  private GraphDiff() {}

  /** The changed models among {@code models}, sorted by name. */
  public static List<LineageDiffOutput.ModelResult> compare(LineageGraph base, LineageGraph head,
      Collection<String> models) {
    Consumers consumers = new Consumers(base, head);
    List<LineageDiffOutput.ModelResult> out = new ArrayList<>();
    for (String name : new TreeSet<>(models)) {
      boolean inBase = base.model(name).isPresent();
      boolean inHead = head.model(name).isPresent();
      if (!inBase && !inHead) {
        continue;
      }
      List<SchemaDiff.Change> changes = SchemaDiff.columns(base.schema(name), head.schema(name));
      if (inBase && inHead && changes.isEmpty()) {
        continue;
      }
      SchemaDiff.Status status = !inBase ? SchemaDiff.Status.ADDED
          : !inHead ? SchemaDiff.Status.REMOVED : SchemaDiff.Status.MODIFIED;
      List<LineageDiffOutput.ColumnChange> columns = new ArrayList<>();
      for (SchemaDiff.Change c : changes) {
        columns.add(LineageDiffService.column(name, c, consumers));
      }
      out.add(new LineageDiffOutput.ModelResult(name, status.wireName(), columns));
    }
    return out;
  }
}
