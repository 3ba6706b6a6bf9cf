package dev.rocky.compiler.dag;

import java.util.List;
import java.util.Map;

/**
 * The model graph, computed once per compile and reused. {@code upstream} and {@code downstream}
 * list model names in deterministic (file) order; {@code layers} are the topological levels (a
 * model's upstreams are all in earlier layers); models in a cycle are listed in {@code cycles}
 * and belong to no layer.
 */
public record Dag(
    List<String> models,
    Map<String, List<String>> upstream,
    Map<String, List<String>> downstream,
    List<List<String>> layers,
    List<List<String>> cycles) {

  public Dag {
    models = List.copyOf(models);
    upstream = Map.copyOf(upstream);
    downstream = Map.copyOf(downstream);
    layers = layers.stream().map(List::copyOf).toList();
    cycles = cycles.stream().map(List::copyOf).toList();
  }

  public List<String> upstreamOf(String model) {
    return upstream.getOrDefault(model, List.of());
  }

  public List<String> downstreamOf(String model) {
    return downstream.getOrDefault(model, List.of());
  }

  /** Every model in topological order (layer by layer); models in cycles are left out. */
  public List<String> topologicalOrder() {
    return layers.stream().flatMap(List::stream).toList();
  }
}
