package dev.rocky.catalog.graph;

import dev.rocky.catalog.data.ColumnData;

/** The geometry of a node box: a title row and one row per drawn column, sized to its text. */
public final class Boxes {
  public static final int HEADER = 24;
  public static final int ROW = 16;
  /** Width of a character of the 11px monospace font the graph is drawn in, rounded up. */
  public static final double CHAR = 6.7;
  public static final int MIN_WIDTH = 120;
  public static final int MAX_WIDTH = 340;
  /** Columns drawn in a neighbour's box; the focus draws up to {@link #FOCUS_COLUMNS}. */
  public static final int NEIGHBOUR_COLUMNS = 20;
  public static final int FOCUS_COLUMNS = 200;

  private Boxes() {}

  public static int width(String title, Iterable<ColumnData> columns) {
    int chars = title.length() + 2;
    for (ColumnData c : columns) {
      chars = Math.max(chars, c.name().length() + c.type().length() + 3);
    }
    return (int) Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.ceil(chars * CHAR) + 16));
  }

  public static int height(int rows) {
    return HEADER + rows * ROW + (rows > 0 ? 4 : 0);
  }
}
