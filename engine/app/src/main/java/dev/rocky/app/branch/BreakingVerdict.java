package dev.rocky.app.branch;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.lineage.QualifiedColumn;
import dev.rocky.app.lineage.UnresolvedRecord;
import dev.rocky.app.lineagediff.GraphDiff;
import dev.rocky.app.lineagediff.LineageDiffOutput;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.branch.PromotionRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The breaking-change gate's verdict: the lineage-diff classification of the branch's models
 * against what production was last built from. A removed or narrowed column that downstream columns
 * read is breaking; the gate passes when nothing is, or with {@code --allow-breaking} (recorded in
 * the promotion's audit record).
 *
 * @param changes the changed models and their column changes, as {@code lineage-diff} reports them
 * @param baseline how many models production's recorded recipes describe
 */
public record BreakingVerdict(
    @JsonProperty("changes") List<LineageDiffOutput.ModelResult> changes,
    @JsonProperty("breaking") List<PromotionRecord.BreakingChange> breaking,
    @JsonProperty("allow_breaking") boolean allowBreaking,
    @JsonProperty("baseline_models") int baseline,
    @JsonProperty("passed") boolean passed,
    @JsonProperty("caveat") String caveat) {

  static final String CAVEAT = "compares column names and types with production's recorded recipes;"
      + " a change of values with the same columns is not detected";

  public BreakingVerdict {
    changes = List.copyOf(changes);
    breaking = List.copyOf(breaking);
  }

  public static BreakingVerdict of(LineageGraph production, LineageGraph branch, Collection<String> models,
      boolean allowBreaking) {
    List<LineageDiffOutput.ModelResult> changes = GraphDiff.compare(production, branch, models);
    List<PromotionRecord.BreakingChange> breaking = new ArrayList<>();
    for (LineageDiffOutput.ModelResult m : changes) {
      for (LineageDiffOutput.ColumnChange c : m.columnChanges()) {
        if (c.isBreaking()) {
          List<String> consumers = new ArrayList<>();
          c.downstreamConsumers().stream().map(BreakingVerdict::name).forEach(consumers::add);
          c.unresolvedConsumers().stream().map(BreakingVerdict::name).forEach(consumers::add);
          breaking.add(new PromotionRecord.BreakingChange(m.modelName(), c.columnName(), c.changeType(), c.oldType(),
              c.newType(), consumers));
        }
      }
    }
    return new BreakingVerdict(changes, breaking, allowBreaking, production.models().size(),
        breaking.isEmpty() || allowBreaking, CAVEAT);
  }

  private static String name(QualifiedColumn c) {
    return c.model() + "." + c.column();
  }

  private static String name(UnresolvedRecord u) {
    return u.model() + "." + u.column();
  }

  /** Why the gate is closed, for a refusal; empty when it passed. */
  public String refusal() {
    return passed ? "" : summary();
  }

  /** The breaking changes in one line, e.g. {@code breaking change: fct.amount removed (read by rpt.amount)}. */
  public String summary() {
    List<String> what = breaking.stream().map(b -> b.model() + "." + b.column() + " " + b.changeType()
        + " (read by " + String.join(", ", b.consumers()) + ")").toList();
    return "breaking change" + (breaking.size() == 1 ? "" : "s") + ": " + String.join("; ", what);
  }
}
