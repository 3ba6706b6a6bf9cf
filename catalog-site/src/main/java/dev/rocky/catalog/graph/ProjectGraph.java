package dev.rocky.catalog.graph;

import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.EdgeData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.SiteData;
import dev.rocky.catalog.data.SourceData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project's tables as one graph: models, declared sources and undeclared tables, with the
 * tables each reads and the models that read each, and the column edges into every model. Built
 * once per site; read-only afterwards, so graphs of many models are laid out in parallel from it.
 */
public final class ProjectGraph {
  private final Map<String, Node> nodes = new LinkedHashMap<>();

  /** A table of the graph; {@code reads} and {@code readBy} in first-seen order. */
  public record Node(String name, NodeKind kind, List<ColumnData> columns, List<String> reads, List<String> readBy,
      List<EdgeData> edgesIn) {}

  private ProjectGraph() {}

  public static ProjectGraph of(SiteData site) {
    ProjectGraph g = new ProjectGraph();
    Map<String, Set<String>> readBy = new HashMap<>();
    for (SourceData s : site.sources()) {
      g.nodes.put(s.name(), new Node(s.name(), NodeKind.SOURCE, s.columns(), List.of(), List.of(), List.of()));
    }
    for (ModelData m : site.models()) {
      g.nodes.put(m.name(), new Node(m.name(), NodeKind.MODEL, m.columns(), m.reads(), List.of(), m.edges()));
    }
    for (ModelData m : site.models()) {
      for (String table : m.reads()) {
        readBy.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(m.name());
        g.nodes.computeIfAbsent(table, t -> new Node(t, NodeKind.TABLE, new ArrayList<>(), List.of(), List.of(), List.of()));
      }
    }
    for (ModelData m : site.models()) {
      for (EdgeData e : m.edges()) {
        Node source = g.nodes.get(e.sourceTable());
        if (source != null && source.kind() == NodeKind.TABLE && source.columns() instanceof ArrayList<ColumnData> cols
            && cols.stream().noneMatch(c -> c.name().equals(e.sourceColumn()))) {
          cols.add(ColumnData.of(e.sourceColumn(), "?", true));
        }
      }
    }
    g.nodes.replaceAll((name, n) -> new Node(n.name(), n.kind(), List.copyOf(n.columns()), n.reads(),
        List.copyOf(readBy.getOrDefault(name, Set.of())), n.edgesIn()));
    return g;
  }

  public Node node(String name) {
    Node n = nodes.get(name);
    if (n == null) {
      throw new IllegalArgumentException("no table named " + name);
    }
    return n;
  }

  public boolean contains(String name) {
    return nodes.containsKey(name);
  }

  /** Every table, models and sources first as the site lists them. */
  public List<Node> nodes() {
    return List.copyOf(nodes.values());
  }
}
