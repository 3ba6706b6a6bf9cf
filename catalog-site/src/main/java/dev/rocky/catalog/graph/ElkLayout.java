package dev.rocky.catalog.graph;

import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.EdgeData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a neighbourhood out left to right with ELK's layered algorithm: what a model reads on its
 * left, what reads it on its right. Deterministic (fixed random seed), so a site is reproducible.
 * Safe to call from several threads at once.
 */
public final class ElkLayout {
  static {
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  /** The layered algorithm called directly (no recursive engine: these graphs are flat); one per thread, as it keeps state. */
  private static final ThreadLocal<LayeredLayoutProvider> LAYERED = ThreadLocal.withInitial(LayeredLayoutProvider::new);

  private ElkLayout() {}

  public static LaidOutGraph layout(ProjectGraph graph, Neighbourhood hood) {
    List<Neighbourhood.Member> members = hood.members();
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    // Cheap settings: a 10,000-model site lays out one graph per model (about 0.4 ms of CPU each).
    root.setProperty(LayeredOptions.THOROUGHNESS, 1);
    root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
    root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH);
    root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 18.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
    root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(12));
    List<ElkNode> elkNodes = new ArrayList<>();
    List<List<ColumnData>> drawn = new ArrayList<>();
    List<Integer> more = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Neighbourhood.Member m = members.get(i);
      List<ColumnData> cols = m.kind() == NodeKind.MORE ? List.of() : graph.node(m.name()).columns();
      int limit = i == 0 ? Boxes.FOCUS_COLUMNS : Boxes.NEIGHBOUR_COLUMNS;
      List<ColumnData> shown = cols.size() > limit ? cols.subList(0, limit) : cols;
      int hidden = cols.size() - shown.size();
      drawn.add(shown);
      more.add(hidden);
      ElkNode n = ElkGraphUtil.createNode(root);
      n.setDimensions(Boxes.width(m.name(), shown), Boxes.height(shown.size() + (hidden > 0 ? 1 : 0)));
      elkNodes.add(n);
    }
    List<ElkEdge> elkEdges = new ArrayList<>();
    for (int[] e : hood.edges()) {
      elkEdges.add(ElkGraphUtil.createSimpleEdge(elkNodes.get(e[0]), elkNodes.get(e[1])));
    }
    LAYERED.get().layout(root, new BasicProgressMonitor());

    List<LaidOutGraph.Box> boxes = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      ElkNode n = elkNodes.get(i);
      boxes.add(new LaidOutGraph.Box(members.get(i), round(n.getX()), round(n.getY()), round(n.getWidth()),
          round(n.getHeight()), drawn.get(i), more.get(i)));
    }
    List<LaidOutGraph.Line> lines = new ArrayList<>();
    for (int k = 0; k < elkEdges.size(); k++) {
      lines.add(new LaidOutGraph.Line(hood.edges().get(k)[0], hood.edges().get(k)[1], points(elkEdges.get(k))));
    }
    return new LaidOutGraph(round(root.getWidth()), round(root.getHeight()), boxes, lines, columnEdges(graph, members, drawn));
  }

  private static List<LaidOutGraph.ColumnEdge> columnEdges(ProjectGraph graph, List<Neighbourhood.Member> members,
      List<List<ColumnData>> drawn) {
    Map<String, Integer> index = new HashMap<>();
    List<Set<String>> shown = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).kind() != NodeKind.MORE) {
        index.put(members.get(i).name(), i);
      }
      Set<String> names = new HashSet<>();
      drawn.get(i).forEach(c -> names.add(c.name()));
      shown.add(names);
    }
    List<LaidOutGraph.ColumnEdge> out = new ArrayList<>();
    for (int to = 0; to < members.size(); to++) {
      if (members.get(to).kind() != NodeKind.MODEL) {
        continue;
      }
      for (EdgeData e : graph.node(members.get(to).name()).edgesIn()) {
        Integer from = index.get(e.sourceTable());
        if (from != null && shown.get(from).contains(e.sourceColumn()) && shown.get(to).contains(e.targetColumn())) {
          out.add(new LaidOutGraph.ColumnEdge(from, e.sourceColumn(), to, e.targetColumn(), e.direct()));
        }
      }
    }
    return out;
  }

  private static int[] points(ElkEdge edge) {
    if (edge.getSections().isEmpty()) {
      return new int[0];
    }
    ElkEdgeSection s = edge.getSections().get(0);
    int[] p = new int[4 + 2 * s.getBendPoints().size()];
    int k = 0;
    p[k++] = round(s.getStartX());
    p[k++] = round(s.getStartY());
    for (ElkBendPoint b : s.getBendPoints()) {
      p[k++] = round(b.getX());
      p[k++] = round(b.getY());
    }
    p[k++] = round(s.getEndX());
    p[k] = round(s.getEndY());
    return p;
  }

  private static int round(double v) {
    return (int) Math.round(v);
  }
}
