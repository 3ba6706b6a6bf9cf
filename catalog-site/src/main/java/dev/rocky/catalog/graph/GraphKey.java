package dev.rocky.catalog.graph;

import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.EdgeData;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * A fingerprint of everything a laid-out graph is made of: its members, their columns, the edges
 * between them and their links. Equal fingerprints give equal graph files, so a rebuild of the
 * site lays out only the graphs whose neighbourhood changed. 64-bit FNV-1a; {@link #FORMAT} is
 * part of it, so changing the layout or the payload ({@code FORMAT}'s value) invalidates them all.
 */
public final class GraphKey {
  /** Change it whenever ElkLayout's settings or the graph payload change. */
  static final String FORMAT = "graph-v1";
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;
  private long hash = OFFSET;

  private GraphKey() {}

  public static String of(ProjectGraph graph, Neighbourhood hood, Function<String, String> links) {
    GraphKey k = new GraphKey();
    k.add(FORMAT);
    Set<String> members = new HashSet<>();
    for (Neighbourhood.Member m : hood.members()) {
      k.add(m.name()).add(m.kind().id()).add(m.depth()).add(m.hidden());
      if (m.kind() != NodeKind.MORE) {
        members.add(m.name());
        k.add(links.apply(m.name()));
        for (ColumnData c : graph.node(m.name()).columns()) {
          k.add(c.name()).add(c.type()).add(c.classification() == null ? "" : c.classification());
        }
      }
      k.add("|");
    }
    for (int[] e : hood.edges()) {
      k.add(e[0]).add(e[1]);
    }
    for (Neighbourhood.Member m : hood.members()) {
      if (m.kind() == NodeKind.MODEL) {
        for (EdgeData e : graph.node(m.name()).edgesIn()) {
          if (members.contains(e.sourceTable())) {
            k.add(e.sourceTable()).add(e.sourceColumn()).add(e.targetColumn()).add(e.direct() ? 1 : 0);
          }
        }
      }
    }
    return Long.toHexString(k.hash);
  }

  private GraphKey add(String s) {
    for (int i = 0; i < s.length(); i++) {
      hash = (hash ^ s.charAt(i)) * PRIME;
    }
    hash = (hash ^ 0x1f) * PRIME;
    return this;
  }

  private GraphKey add(int n) {
    hash = (hash ^ n) * PRIME;
    return this;
  }
}
