package dev.rocky.compiler.dag;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the {@link Dag}: merges explicit and SQL-derived dependencies (self references and
 * duplicates dropped, unknown explicit names reported), finds cycles (V031, with the full path),
 * and computes execution layers with Kahn's algorithm.
 */
public final class DagBuilder {
  private DagBuilder() {}

  /** The graph and what was found wrong with it. */
  public record Result(Dag dag, List<Diagnostic> diagnostics) {}

  /**
   * @param deps one entry per model, in file order
   * @param fileOf the file to point at for a model's diagnostics
   */
  public static Result build(List<ModelDependencies> deps, Function<String, String> fileOf) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, List<String>> upstream = new LinkedHashMap<>();
    Set<String> known = new LinkedHashSet<>();
    for (ModelDependencies d : deps) {
      known.add(d.model());
    }
    for (ModelDependencies d : deps) {
      LinkedHashSet<String> ups = new LinkedHashSet<>();
      for (String e : d.explicit()) {
        if (!known.contains(e)) {
          diagnostics.add(Diagnostic.of(DiagnosticCode.V030, "depends_on names '" + e + "', which is not a model in this project")
              .withModel(d.model())
              .withSpan(d.span() != null ? d.span() : SourceSpan.file(fileOf.apply(d.model())))
              .withSuggestion("remove '" + e + "' from depends_on or add models/" + e + ".sql"));
        } else if (!e.equals(d.model())) {
          ups.add(e);
        }
      }
      List<String> missed = new ArrayList<>();
      for (String s : d.fromSql()) {
        if (!s.equals(d.model()) && known.contains(s)) {
          if (!d.explicit().isEmpty() && !d.explicit().contains(s)) {
            missed.add(s);
          }
          ups.add(s);
        }
      }
      if (!missed.isEmpty()) {
        diagnostics.add(Diagnostic.of(DiagnosticCode.D011,
                "depends_on of '" + d.model() + "' misses " + String.join(", ", missed) + ", referenced in its SQL; merged anyway")
            .withModel(d.model())
            .withSpan(d.span() != null ? d.span() : SourceSpan.file(fileOf.apply(d.model())))
            .withSuggestion("add " + String.join(", ", missed) + " to depends_on, or drop depends_on and let Rocky infer it"));
      }
      upstream.put(d.model(), List.copyOf(ups));
    }
    Map<String, List<String>> downstream = new LinkedHashMap<>();
    for (String m : known) {
      downstream.put(m, new ArrayList<>());
    }
    for (Map.Entry<String, List<String>> e : upstream.entrySet()) {
      for (String u : e.getValue()) {
        downstream.get(u).add(e.getKey());
      }
    }
    List<List<String>> layers = layers(known, upstream, downstream);
    Set<String> placed = new LinkedHashSet<>();
    layers.forEach(placed::addAll);
    List<List<String>> cycles = cycles(known, placed, upstream);
    for (List<String> cycle : cycles) {
      String path = String.join(" -> ", cycle) + " -> " + cycle.get(0) + " (each model feeds the next)";
      for (String m : cycle) {
        diagnostics.add(Diagnostic.of(DiagnosticCode.V031, "dependency cycle: " + path)
            .withModel(m)
            .withSpan(SourceSpan.file(fileOf.apply(m)))
            .withSuggestion("break the cycle: one of these models must stop reading the next one"));
      }
    }
    Map<String, List<String>> frozenDown = new HashMap<>();
    downstream.forEach((k, v) -> frozenDown.put(k, List.copyOf(v)));
    return new Result(new Dag(List.copyOf(known), upstream, frozenDown, layers, cycles), diagnostics);
  }

  private static List<List<String>> layers(Set<String> models, Map<String, List<String>> upstream, Map<String, List<String>> downstream) {
    // Models by index (file order): counts and the sort of each layer work on ints, not boxed map values.
    String[] names = models.toArray(String[]::new);
    Map<String, Integer> order = new HashMap<>(names.length * 2);
    int[] remaining = new int[names.length];
    List<String> current = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      order.put(names[i], i);
      remaining[i] = upstream.get(names[i]).size();
      if (remaining[i] == 0) {
        current.add(names[i]);
      }
    }
    List<List<String>> layers = new ArrayList<>();
    int[] next = new int[names.length];
    while (!current.isEmpty()) {
      layers.add(current);
      int n = 0;
      for (String m : current) {
        for (String d : downstream.get(m)) {
          int i = order.get(d);
          if (--remaining[i] == 0) {
            next[n++] = i;
          }
        }
      }
      java.util.Arrays.sort(next, 0, n);
      current = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        current.add(names[next[k]]);
      }
    }
    return layers;
  }

  /** One cycle per strongly connected group of unplaced models, as a path in dependency order. */
  private static List<List<String>> cycles(Set<String> models, Set<String> placed, Map<String, List<String>> upstream) {
    List<List<String>> cycles = new ArrayList<>();
    Set<String> reported = new LinkedHashSet<>();
    for (String start : models) {
      if (placed.contains(start) || reported.contains(start)) {
        continue;
      }
      List<String> cycle = rotate(findCycleFrom(start, placed, upstream), models);
      if (cycle.isEmpty() || cycle.stream().anyMatch(reported::contains)) {
        continue;
      }
      reported.addAll(cycle);
      cycles.add(cycle);
    }
    return cycles;
  }

  /** Walks upstream edges among unplaced models until a node repeats; returns that loop. */
  private static List<String> findCycleFrom(String start, Set<String> placed, Map<String, List<String>> upstream) {
    Deque<String> path = new ArrayDeque<>();
    Map<String, Integer> onPath = new HashMap<>();
    String node = start;
    while (node != null && !onPath.containsKey(node)) {
      onPath.put(node, path.size());
      path.addLast(node);
      String next = null;
      for (String u : upstream.get(node)) {
        if (!placed.contains(u)) {
          next = u;
          break;
        }
      }
      node = next;
    }
    if (node == null) {
      return List.of();
    }
    List<String> walk = new ArrayList<>(path).subList(onPath.get(node), path.size());
    // The walk follows upstream edges; report in dependency order (a reads b => b -> a).
    List<String> cycle = new ArrayList<>(walk);
    Collections.reverse(cycle);
    return cycle;
  }

  /** Rotates a cycle to start at its model that comes first in file order. */
  private static List<String> rotate(List<String> cycle, Set<String> models) {
    for (String m : models) {
      int at = cycle.indexOf(m);
      if (at >= 0) {
        List<String> out = new ArrayList<>(cycle.subList(at, cycle.size()));
        out.addAll(cycle.subList(0, at));
        return out;
      }
    }
    return cycle;
  }
}
