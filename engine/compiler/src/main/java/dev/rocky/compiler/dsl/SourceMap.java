package dev.rocky.compiler.dsl;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a line and column of the lowered SQL back to the {@code .rocky} file: the innermost
 * piece of SQL that covers the place says where it came from; inside a verbatim piece (an
 * identifier) the column is exact. A place no piece covers maps to the nearest piece before it.
 */
public final class SourceMap {
  /** SQL {@code [start, end)} came from {@code origin}. */
  record Segment(int start, int end, Pos origin, boolean verbatim) {}

  private final List<Segment> segments;
  private final int[] lineStarts;
  private final int length;

  SourceMap(String sql, List<Segment> segments) {
    this.segments = List.copyOf(segments);
    this.length = sql.length();
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int k = 0; k < sql.length(); k++) {
      if (sql.charAt(k) == '\n') {
        starts.add(k + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The {@code .rocky} position of SQL line {@code line}, column {@code col} (both 1-based). */
  public Pos toRocky(int line, int col) {
    int offset = offset(line, col);
    Segment best = null;
    for (Segment s : segments) {
      if (s.start() <= offset && offset < s.end() && (best == null || s.end() - s.start() < best.end() - best.start())) {
        best = s;
      }
    }
    if (best == null) {
      for (Segment s : segments) {
        if (s.start() <= offset && (best == null || s.start() > best.start())) {
          best = s;
        }
      }
    }
    if (best == null) {
      return Pos.START;
    }
    Pos o = best.origin();
    return best.verbatim() ? new Pos(o.offset() + offset - best.start(), o.line(), o.col() + offset - best.start()) : o;
  }

  private int offset(int line, int col) {
    int l = Math.max(1, Math.min(line, lineStarts.length));
    return Math.max(0, Math.min(length, lineStarts[l - 1] + Math.max(1, col) - 1));
  }
}
