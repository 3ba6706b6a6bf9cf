package dev.rocky.catalog.graph;

import dev.rocky.catalog.data.ColumnData;
import java.util.List;

/**
 * A neighbourhood with coordinates: every node's box and the columns drawn in it, every model-level
 * edge as a polyline, and the column edges between drawn columns (drawn only when a column is
 * picked). Coordinates are whole pixels from the top left; rows are {@link Boxes#ROW} high below a
 * {@link Boxes#HEADER} high title.
 */
public record LaidOutGraph(int width, int height, List<Box> nodes, List<Line> edges, List<ColumnEdge> columnEdges) {

  /** A node: the member it draws, its box, its drawn columns and how many more it has. */
  public record Box(Neighbourhood.Member member, int x, int y, int w, int h, List<ColumnData> columns, int moreColumns) {}

  /** A model-level edge from node {@code from} to node {@code to}, through {@code points} (x, y pairs). */
  public record Line(int from, int to, int[] points) {}

  /** A column edge between two drawn columns; {@code direct} when a value flows along it. */
  public record ColumnEdge(int from, String fromColumn, int to, String toColumn, boolean direct) {}
}
