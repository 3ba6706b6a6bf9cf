package dev.rocky.app.branch;

import dev.rocky.app.replay.Recipe;
import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What production was last built from: for each model, the recipe of its newest successful
 * production execution or of the branch execution last promoted over it, whichever is newer.
 * Models whose recipes were never recorded (or whose artifacts are gone) are absent.
 */
public final class ProductionRecipes {
  /** How many runs and promotions are read back. */
  private static final int SCAN = 10_000;

  private ProductionRecipes() {}

  public static Map<String, Recipe> of(StateStore state, ArtifactStore artifacts) {
    record Candidate(Instant at, String provenance) {}
    Map<String, Candidate> newest = new HashMap<>();
    for (RunRecord run : state.recentRuns(SCAN)) {
      if (run.branch() != null) {
        continue;
      }
      for (ModelExecution e : run.modelsExecuted()) {
        if (e.succeeded() && e.provenance() != null) {
          newest.merge(e.modelName(), new Candidate(run.finishedAt(), e.provenance()),
              (a, b) -> a.at().isAfter(b.at()) ? a : b);
        }
      }
    }
    for (PromotionRecord p : state.promotions(SCAN)) {
      for (PromotionRecord.PromotedTable t : p.tables()) {
        if (t.provenance() != null) {
          newest.merge(t.model(), new Candidate(p.promotedAt(), t.provenance()), (a, b) -> a.at().isAfter(b.at()) ? a : b);
        }
      }
    }
    Map<String, Recipe> out = new LinkedHashMap<>();
    newest.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(
        e -> Recipe.recorded(artifacts, e.getValue().provenance()).ifPresent(r -> out.put(e.getKey(), r)));
    return out;
  }

  /** The lineage graph the recipes describe: each model's own analysis, and those of the ephemerals inlined in them. */
  public static LineageGraph lineage(Map<String, Recipe> recipes) {
    Map<String, ModelAnalysis> analyses = new LinkedHashMap<>();
    for (Recipe r : recipes.values()) {
      r.lineage().stream().filter(l -> l.model().equals(r.model())).findFirst()
          .ifPresent(l -> analyses.put(l.model(), l.toAnalysis()));
    }
    for (Recipe r : recipes.values()) {
      r.lineage().forEach(l -> analyses.putIfAbsent(l.model(), l.toAnalysis()));
    }
    return LineageGraph.of(analyses);
  }
}
