package dev.rocky.planner;

import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a run builds: layers of steps in DAG order. Every step of a layer may run once all earlier
 * layers succeeded, in parallel with its layer. Layers left empty by a selection are dropped.
 */
public record RunPlan(SqlDialect dialect, List<List<ModelStep>> layers) {

  public RunPlan {
    layers = layers.stream().map(List::copyOf).filter(l -> !l.isEmpty()).toList();
  }

  /** Every step, layer by layer. */
  public List<ModelStep> steps() {
    return layers.stream().flatMap(List::stream).toList();
  }

  public Optional<ModelStep> step(String model) {
    return steps().stream().filter(s -> s.model().equals(model)).findFirst();
  }

  /**
   * One table per distinct schema the run writes into (catalog and schema compared case-insensitively),
   * for {@link MaterializationRenderer#createSchema} before the first layer where schemas may be missing.
   */
  public List<TableName> targetSchemas() {
    Map<String, TableName> bySchema = new LinkedHashMap<>();
    for (ModelStep s : steps()) {
      TableName t = s.target();
      String key = (t.catalog() == null ? "" : t.catalog()) + "." + t.schema();
      bySchema.putIfAbsent(key.toLowerCase(Locale.ROOT), t);
    }
    return List.copyOf(bySchema.values());
  }
}
