package dev.rocky.compiler.sql;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites of a model's SQL for the parser, kept as edits of the original text (offsets of the text
 * as written) so that positions can be mapped back ({@link SourceMap}). An edit never spans or
 * inserts a line break, and edits never overlap. Not thread-safe; one per parse.
 */
final class Rewrite {
  /** Replace {@code [start, end)} of the original with {@code text}. */
  record Edit(int start, int end, String text) {}

  private final String base;
  private final List<Edit> edits = new ArrayList<>(4);
  private int @Nullable [] lineStarts;
  private @Nullable String text;

  /** @param base the model's text after same-length rewrites (so its positions are the file's) */
  Rewrite(String base) {
    this.base = base;
  }

  String base() {
    return base;
  }

  boolean isEmpty() {
    return edits.isEmpty();
  }

  /** Adds an edit; false (and nothing changes) when it would overlap another or cross a line. */
  boolean add(int start, int end, String replacement) {
    if (start < 0 || end > base.length() || start > end || replacement.indexOf('\n') >= 0
        || base.substring(start, end).indexOf('\n') >= 0) {
      return false;
    }
    int i = 0;
    while (i < edits.size() && edits.get(i).start() < start) {
      i++;
    }
    // Neighbours must not overlap; two inserts at one offset would be ambiguous.
    if (i > 0 && edits.get(i - 1).end() > start) {
      return false;
    }
    if (i < edits.size()) {
      Edit next = edits.get(i);
      if (next.start() < end || next.start() == start) {
        return false;
      }
    }
    edits.add(i, new Edit(start, end, replacement));
    text = null;
    return true;
  }

  void remove(Edit edit) {
    edits.remove(edit);
    text = null;
  }

  /** The edit just added at {@code start}, for undoing it. */
  @Nullable Edit at(int start) {
    for (Edit e : edits) {
      if (e.start() == start) {
        return e;
      }
    }
    return null;
  }

  /** The text to parse. */
  String text() {
    if (text == null) {
      if (edits.isEmpty()) {
        text = base;
      } else {
        StringBuilder sb = new StringBuilder(base.length() + 16 * edits.size());
        int at = 0;
        for (Edit e : edits) {
          sb.append(base, at, e.start()).append(e.text());
          at = e.end();
        }
        text = sb.append(base, at, base.length()).toString();
      }
    }
    return text;
  }

  /** Maps positions of {@link #text()} back to the original. */
  SourceMap map() {
    if (edits.isEmpty()) {
      return SourceMap.IDENTITY;
    }
    int n = edits.size();
    int[] lines = new int[n];
    int[] parsedStart = new int[n];
    int[] parsedEnd = new int[n];
    int[] fileStart = new int[n];
    int[] fileEnd = new int[n];
    int shiftLine = -1;
    int shift = 0; // how far the parsed text has moved on the current line so far
    for (int i = 0; i < n; i++) {
      Edit e = edits.get(i);
      int line = line(e.start());
      if (line != shiftLine) {
        shiftLine = line;
        shift = 0;
      }
      int col = e.start() - lineStart(line) + 1;
      lines[i] = line;
      fileStart[i] = col;
      fileEnd[i] = col + (e.end() - e.start());
      parsedStart[i] = col + shift;
      parsedEnd[i] = parsedStart[i] + e.text().length();
      shift += e.text().length() - (e.end() - e.start());
    }
    return new SourceMap(lines, parsedStart, parsedEnd, fileStart, fileEnd);
  }

  /** The offset in the original of a 1-based line and column of the original; -1 when out of range. */
  int offset(int line, int col) {
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length || col < 1) {
      return -1;
    }
    int offset = starts[line - 1] + col - 1;
    return offset <= base.length() ? offset : -1;
  }

  /** The 1-based line of an offset. */
  private int line(int offset) {
    int[] starts = lineStarts();
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  private int lineStart(int line) {
    return lineStarts()[line - 1];
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      lineStarts = lineStartsOf(base);
    }
    return lineStarts;
  }

  static int[] lineStartsOf(String s) {
    int count = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int k = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        starts[k++] = i + 1;
      }
    }
    return starts;
  }
}
