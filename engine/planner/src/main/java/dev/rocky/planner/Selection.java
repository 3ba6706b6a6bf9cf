package dev.rocky.planner;

import dev.rocky.planner.error.PlannerErrors;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which models a run builds: the union of its selectors, or every model when there are none. */
public record Selection(List<Selector> selectors) {

  public Selection {
    selectors = List.copyOf(selectors);
  }

  public static Selection all() {
    return new Selection(List.of());
  }

  /** Parses selectors such as {@code "+fct_revenue"}, {@code "stg_orders+"}. */
  public static Selection of(String... selectors) {
    return new Selection(Arrays.stream(selectors).map(Selector::parse).toList());
  }

  public boolean isAll() {
    return selectors.isEmpty();
  }

  /** The selected model names; fails on a selector naming no model. */
  public Set<String> resolve(ModelGraph graph, Set<String> models) {
    Set<String> out = new LinkedHashSet<>();
    if (isAll()) {
      graph.layers().forEach(out::addAll);
      return out;
    }
    for (Selector s : selectors) {
      if (!models.contains(s.model())) {
        throw PlannerErrors.unknownModel(s.model(), "selector '" + s + "'");
      }
      out.add(s.model());
      if (s.withUpstream()) {
        out.addAll(graph.withUpstream(s.model()));
      }
      if (s.withDownstream()) {
        out.addAll(graph.withDownstream(s.model()));
      }
    }
    return out;
  }
}
