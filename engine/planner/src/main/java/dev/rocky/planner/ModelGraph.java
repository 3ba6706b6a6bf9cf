package dev.rocky.planner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model graph as the planner needs it: the DAG's execution layers (a model's upstreams are all
 * in earlier layers) and each model's direct upstream models. Built from the compiler's DAG with
 * {@code new ModelGraph(dag.layers(), dag.upstream())}.
 */
public record ModelGraph(List<List<String>> layers, Map<String, List<String>> upstream) {

  public ModelGraph {
    layers = layers.stream().map(List::copyOf).toList();
    upstream = Map.copyOf(upstream);
  }

  public List<String> upstreamOf(String model) {
    return upstream.getOrDefault(model, List.of());
  }

  /** Direct downstream models of each model, in layer order. */
  public Map<String, List<String>> downstream() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (List<String> layer : layers) {
      for (String model : layer) {
        for (String up : upstreamOf(model)) {
          out.computeIfAbsent(up, k -> new ArrayList<>()).add(model);
        }
      }
    }
    return out;
  }

  /** The model and everything it reads, directly or not. */
  public Set<String> withUpstream(String model) {
    return closure(model, upstream);
  }

  /** The model and everything that reads it, directly or not. */
  public Set<String> withDownstream(String model) {
    return closure(model, downstream());
  }

  private static Set<String> closure(String start, Map<String, List<String>> edges) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(edges.getOrDefault(next, List.of()));
      }
    }
    return seen;
  }
}
