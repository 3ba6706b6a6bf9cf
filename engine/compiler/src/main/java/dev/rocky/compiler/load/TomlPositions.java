package dev.rocky.compiler.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each key of a TOML text is written. Jackson's TOML parser keeps no locations for keys, so
 * this scanner walks the text once and records, for every key path (table names and keys as
 * strings, array positions as integers), the 1-based line and column of the key, table header or
 * array element. It is meant for text that already parsed; on anything odd it stops and keeps
 * what it found. The scan runs on first use: most documents never need a position (positions are
 * for messages), and a large {@code sources/*.toml} would otherwise cost a map entry per key.
 */
final class TomlPositions {

  /** A 1-based line and column. */
  record Position(int line, int col) {}

  private final String text;
  private int @Nullable [] lineStarts;
  private boolean scanned;
  private final Map<List<Object>, Position> positions = new HashMap<>();
  private final Map<List<Object>, Integer> arrayCounts = new HashMap<>();
  private int i;

  private TomlPositions(String text) {
    this.text = text;
  }

  static TomlPositions of(String text) {
    return new TomlPositions(text);
  }

  /** Scans the text once, on first use; thread-safe. */
  private synchronized void scan() {
    if (scanned) {
      return;
    }
    int count = 1;
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int n = 1;
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) == '\n') {
        starts[n++] = k + 1;
      }
    }
    lineStarts = starts;
    try {
      scanDocument();
    } catch (RuntimeException e) {
      // Keep what was found: positions are a convenience for messages, never a reason to fail.
    }
    scanned = true;
  }

  /** The position recorded for exactly this path. */
  @Nullable Position find(List<?> path) {
    scan();
    return positions.get(List.copyOf(path));
  }

  /** The position of the longest prefix of {@code path} that was recorded, if any. */
  @Nullable Position nearest(List<?> path) {
    scan();
    for (int n = path.size(); n > 0; n--) {
      Position p = positions.get(List.copyOf(path.subList(0, n)));
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private void scanDocument() {
    List<Object> table = List.of();
    while (i < text.length()) {
      int before = i;
      skipSpacesNewlinesAndComments();
      if (i >= text.length()) {
        break;
      }
      if (text.charAt(i) == '[') {
        table = header();
      } else {
        keyValue(table, false);
      }
      if (i == before) {
        i++;
      }
    }
  }

  private List<Object> header() {
    boolean array = text.startsWith("[[", i);
    i += array ? 2 : 1;
    List<Segment> segments = key();
    List<Object> path = new ArrayList<>();
    for (int k = 0; k < segments.size(); k++) {
      Segment s = segments.get(k);
      path.add(s.name);
      record(path, s.offset);
      boolean last = k == segments.size() - 1;
      if (last && array) {
        int index = arrayCounts.merge(List.copyOf(path), 1, Integer::sum) - 1;
        path.add(index);
        positions.put(List.copyOf(path), position(s.offset));
      } else {
        Integer count = arrayCounts.get(List.copyOf(path));
        if (count != null) {
          path.add(count - 1);
        }
      }
    }
    skipToLineEnd();
    return List.copyOf(path);
  }

  private void keyValue(List<Object> table, boolean inline) {
    List<Segment> segments = key();
    List<Object> path = new ArrayList<>(table);
    for (Segment s : segments) {
      path.add(s.name);
      record(path, s.offset);
    }
    skipSpaces(inline);
    if (i < text.length() && text.charAt(i) == '=') {
      i++;
      skipSpaces(inline);
      value(path);
    }
    if (!inline) {
      skipToLineEnd();
    }
  }

  private void value(List<Object> path) {
    if (i >= text.length()) {
      return;
    }
    char c = text.charAt(i);
    if (c == '"' || c == '\'') {
      string();
    } else if (c == '[') {
      i++;
      int index = 0;
      while (i < text.length()) {
        skipSpacesNewlinesAndComments();
        if (i >= text.length() || text.charAt(i) == ']') {
          i++;
          return;
        }
        List<Object> element = append(path, index++);
        positions.putIfAbsent(element, position(i));
        int before = i;
        value(element);
        skipSpacesNewlinesAndComments();
        if (i < text.length() && text.charAt(i) == ',') {
          i++;
        } else if (i == before) {
          i++;
        }
      }
    } else if (c == '{') {
      i++;
      while (i < text.length()) {
        skipSpacesNewlinesAndComments();
        if (i >= text.length() || text.charAt(i) == '}') {
          i++;
          return;
        }
        int before = i;
        keyValue(path, true);
        skipSpacesNewlinesAndComments();
        if (i < text.length() && text.charAt(i) == ',') {
          i++;
        } else if (i == before) {
          i++;
        }
      }
    } else {
      while (i < text.length() && ",]}\n#".indexOf(text.charAt(i)) < 0) {
        i++;
      }
    }
  }

  private record Segment(String name, int offset) {}

  private List<Segment> key() {
    List<Segment> segments = new ArrayList<>();
    while (i < text.length()) {
      skipSpaces(true);
      int start = i;
      String name;
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '"' || c == '\'') {
        int end = string();
        name = unquote(text.substring(start, end));
      } else {
        while (i < text.length() && isBareKeyChar(text.charAt(i))) {
          i++;
        }
        name = text.substring(start, i);
      }
      if (i == start) {
        break;
      }
      segments.add(new Segment(name, start));
      skipSpaces(true);
      if (i < text.length() && text.charAt(i) == '.') {
        i++;
      } else {
        break;
      }
    }
    return segments;
  }

  /** Skips a string starting at {@code i}; returns the offset just after it. */
  private int string() {
    char q = text.charAt(i);
    String triple = String.valueOf(q).repeat(3);
    if (text.startsWith(triple, i)) {
      int end = text.indexOf(triple, i + 3);
      while (end >= 0 && q == '"' && text.charAt(end - 1) == '\\' && !text.startsWith("\\\\", end - 2)) {
        end = text.indexOf(triple, end + 1);
      }
      i = end < 0 ? text.length() : end + 3;
      while (i < text.length() && text.charAt(i) == q) {
        i++;
      }
      return i;
    }
    i++;
    while (i < text.length() && text.charAt(i) != q && text.charAt(i) != '\n') {
      if (q == '"' && text.charAt(i) == '\\') {
        i++;
      }
      i++;
    }
    i = Math.min(text.length(), i + 1);
    return i;
  }

  private static String unquote(String quoted) {
    if (quoted.length() < 2) {
      return quoted;
    }
    String body = quoted.substring(1, quoted.length() - 1);
    return quoted.charAt(0) == '"' ? body.replace("\\\"", "\"").replace("\\\\", "\\") : body;
  }

  private static boolean isBareKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  private void record(List<Object> path, int offset) {
    positions.putIfAbsent(List.copyOf(path), position(offset));
  }

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> out = new ArrayList<>(path);
    out.add(segment);
    return List.copyOf(out);
  }

  private Position position(int offset) {
    int lo = 0;
    int[] lineStarts = this.lineStarts;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return new Position(lo + 1, offset - lineStarts[lo] + 1);
  }

  private void skipSpaces(boolean alsoNewlines) {
    while (i < text.length() && (alsoNewlines ? " \t\r\n" : " \t").indexOf(text.charAt(i)) >= 0) {
      i++;
    }
  }

  private void skipSpacesNewlinesAndComments() {
    while (i < text.length()) {
      skipSpaces(true);
      if (i < text.length() && text.charAt(i) == '#') {
        skipToLineEnd();
      } else {
        return;
      }
    }
  }

  private void skipToLineEnd() {
    while (i < text.length() && text.charAt(i) != '\n') {
      i++;
    }
  }
}
