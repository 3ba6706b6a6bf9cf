package dev.rocky.planner;

import dev.rocky.core.project.Model;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small builders for models and schemas. */
final class Fixtures {
  private Fixtures() {}

  static Model model(String name, String sql, Strategy strategy) {
    return model(name, sql, strategy, new TargetRef(null, null, name));
  }

  static Model model(String name, String sql, Strategy strategy, TargetRef target) {
    ModelConfig config = new ModelConfig(List.of(), null, null, strategy, target, null, Map.of(), Map.of(), Map.of(),
        List.of(), List.of(), Map.of());
    return new Model(name, "models/" + name + ".sql", sql, null, config);
  }

  static TargetRef target(@Nullable String catalog, @Nullable String schema, String table) {
    return new TargetRef(catalog, schema, table);
  }

  static ModelSchema complete(String name, String... columns) {
    return new ModelSchema(name, Arrays.stream(columns).map(c -> new TypedColumn(c, RockyType.STRING, true)).toList(),
        true);
  }

  static ModelSchema incomplete(String name, String... columns) {
    return new ModelSchema(name, Arrays.stream(columns).map(TypedColumn::unknown).toList(), false);
  }

  static Strategy.Merge merge(List<String> keys, @Nullable List<String> updateColumns) {
    return new Strategy.Merge(keys, updateColumns);
  }

  static Strategy.TimeInterval timeInterval(String column, Strategy.Granularity grain, @Nullable Integer lookback,
      @Nullable Integer batchSize, @Nullable String firstPartition) {
    return new Strategy.TimeInterval(column, grain, lookback, batchSize, firstPartition);
  }

  /**
   * A graph from {@code name -> upstream} pairs given in a valid topological order; a model's layer is
   * one more than its deepest upstream, as the compiler computes it.
   */
  static ModelGraph graph(Map<String, List<String>> upstream, List<String> order) {
    Map<String, Integer> depth = new HashMap<>();
    List<List<String>> layers = new ArrayList<>();
    for (String name : order) {
      int d = 0;
      for (String up : upstream.getOrDefault(name, List.of())) {
        d = Math.max(d, depth.get(up) + 1);
      }
      depth.put(name, d);
      while (layers.size() <= d) {
        layers.add(new ArrayList<>());
      }
      layers.get(d).add(name);
    }
    return new ModelGraph(layers, upstream);
  }
}
