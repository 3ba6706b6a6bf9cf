package dev.rocky.catalog.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables around one model: those it reads and those that read it, up to {@code depth} hops
 * either way. A crowded ring is cut at {@code ringLimit} tables, the rest standing behind one
 * "more" node, and the second ring is added only while the graph stays under {@code maxNodes}: a
 * page never draws the whole project.
 *
 * @param members the focus first, then upstream and downstream rings; {@code depth} negative upstream
 * @param edges pairs of member indexes, reader last (data flows from the first to the second)
 */
public record Neighbourhood(List<Member> members, List<int[]> edges) {
  public static final int DEFAULT_DEPTH = 2;
  public static final int RING_LIMIT = 10;
  public static final int MAX_NODES = 24;

  /** A table of the graph ({@code hidden} is 0), or a "more" node standing for {@code hidden} tables. */
  public record Member(String name, NodeKind kind, int depth, int hidden) {}

  public static Neighbourhood of(ProjectGraph graph, String focus) {
    return of(graph, focus, DEFAULT_DEPTH, RING_LIMIT, MAX_NODES);
  }

  public static Neighbourhood of(ProjectGraph graph, String focus, int depth, int ringLimit, int maxNodes) {
    List<Member> members = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    members.add(new Member(focus, graph.node(focus).kind(), 0, 0));
    index.put(focus, 0);
    List<int[]> moreEdges = new ArrayList<>();
    for (int sign : new int[] {-1, 1}) {
      List<String> ring = List.of(focus);
      for (int d = 1; d <= depth && !ring.isEmpty(); d++) {
        Set<String> next = new LinkedHashSet<>();
        for (String name : ring) {
          ProjectGraph.Node n = graph.node(name);
          next.addAll(sign < 0 ? n.reads() : n.readBy());
        }
        next.removeIf(index::containsKey);
        int room = d == 1 ? ringLimit : Math.min(ringLimit, maxNodes - members.size() - 1);
        if (room <= 0) {
          if (!next.isEmpty()) {
            members.add(new Member("+" + next.size(), NodeKind.MORE, sign * d, next.size()));
            moreEdges.add(moreEdge(sign, members.size() - 1, index.get(ring.get(0))));
          }
          break;
        }
        List<String> kept = new ArrayList<>();
        for (String name : next) {
          if (kept.size() == room) {
            break;
          }
          kept.add(name);
          index.put(name, members.size());
          members.add(new Member(name, graph.node(name).kind(), sign * d, 0));
        }
        if (kept.size() < next.size()) {
          int hidden = next.size() - kept.size();
          members.add(new Member("+" + hidden, NodeKind.MORE, sign * d, hidden));
          moreEdges.add(moreEdge(sign, members.size() - 1, index.get(ring.get(0))));
        }
        ring = kept;
      }
    }
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      if (m.kind() == NodeKind.MORE) {
        continue;
      }
      for (String read : graph.node(m.name()).reads()) {
        Integer from = index.get(read);
        if (from != null) {
          edges.add(new int[] {from, i});
        }
      }
    }
    edges.addAll(moreEdges);
    return new Neighbourhood(List.copyOf(members), List.copyOf(edges));
  }

  private static int[] moreEdge(int sign, int more, int anchor) {
    return sign < 0 ? new int[] {more, anchor} : new int[] {anchor, more};
  }
}
