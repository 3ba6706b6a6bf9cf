package dev.rocky.catalog.render;

import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.graph.LaidOutGraph;
import dev.rocky.catalog.graph.NodeKind;
import dev.rocky.catalog.page.Links;

/**
 * The lazily loaded graph of one page, as a script: {@code rockyGraph({...})}. A script rather than
 * a JSON file because browsers refuse {@code fetch} of {@code file://} URLs but run scripts from
 * them; the object is plain JSON. Shape: {@code w}, {@code h}; {@code n} nodes as
 * {@code [name, kind, href, x, y, w, h, [[column, type, classification]...], more columns, depth]};
 * {@code e} edges as {@code [from, to, [x, y, ...]]}; {@code c} column edges as
 * {@code [from, column, to, column, direct]}. Links are from the site root.
 */
public final class GraphPayload {
  private GraphPayload() {}

  public static String script(LaidOutGraph g, Links links) {
    StringBuilder b = new StringBuilder(4096);
    b.append("rockyGraph(");
    Json j = new Json(b);
    j.open('{').key("w").value(g.width()).key("h").value(g.height());
    j.key("n").open('[');
    for (LaidOutGraph.Box box : g.nodes()) {
      j.open('[').value(box.member().name()).value(box.member().kind().id())
          .value(box.member().kind() == NodeKind.MORE ? "" : links.pageOrEmpty(box.member().name()))
          .value(box.x()).value(box.y()).value(box.w()).value(box.h());
      j.open('[');
      for (ColumnData c : box.columns()) {
        j.open('[').value(c.name()).value(c.type()).value(c.classification() == null ? "" : c.classification()).close(']');
      }
      j.close(']').value(box.moreColumns()).value(box.member().depth()).close(']');
    }
    j.close(']').key("e").open('[');
    for (LaidOutGraph.Line line : g.edges()) {
      j.open('[').value(line.from()).value(line.to()).open('[');
      for (int p : line.points()) {
        j.value(p);
      }
      j.close(']').close(']');
    }
    j.close(']').key("c").open('[');
    for (LaidOutGraph.ColumnEdge c : g.columnEdges()) {
      j.open('[').value(c.from()).value(c.fromColumn()).value(c.to()).value(c.toColumn()).flag(c.direct()).close(']');
    }
    j.close(']').close('}');
    b.append(");\n");
    return b.toString();
  }
}
