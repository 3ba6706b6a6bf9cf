package dev.rocky.compiler.dsl;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowered SQL as a tree of text pieces, some tagged with the {@code .rocky} position they came
 * from. Rendering it gives the SQL text and the {@link SourceMap} from SQL offsets back to the
 * {@code .rocky} file; a {@code verbatim} piece (an identifier, a number) maps character by character.
 */
sealed interface Sql {

  record Text(String text) implements Sql {}

  record Node(Pos origin, boolean verbatim, List<Sql> parts) implements Sql {
    public Node {
      parts = List.copyOf(parts);
    }
  }

  static Sql text(String text) {
    return new Text(text);
  }

  /** {@code parts} as coming from {@code origin}. */
  static Sql at(Pos origin, Sql... parts) {
    return new Node(origin, false, List.of(parts));
  }

  static Sql at(Pos origin, String text) {
    return new Node(origin, false, List.of(new Text(text)));
  }

  /** Text copied from the {@code .rocky} file at {@code origin}, one character for one. */
  static Sql verbatim(Pos origin, String text) {
    return new Node(origin, true, List.of(new Text(text)));
  }

  static Sql of(Sql... parts) {
    return new Group(List.of(parts));
  }

  static Sql join(String separator, List<Sql> parts) {
    List<Sql> out = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      if (k > 0) {
        out.add(new Text(separator));
      }
      out.add(parts.get(k));
    }
    return new Group(out);
  }

  /** Pieces without an origin of their own. */
  record Group(List<Sql> parts) implements Sql {
    public Group {
      parts = List.copyOf(parts);
    }
  }

  /** The SQL text and its map back to the {@code .rocky} file. */
  record Rendered(String sql, SourceMap map) {}

  static Rendered render(Sql sql) {
    StringBuilder out = new StringBuilder();
    List<SourceMap.Segment> segments = new ArrayList<>();
    render(sql, out, segments);
    return new Rendered(out.toString(), new SourceMap(out.toString(), segments));
  }

  private static void render(Sql sql, StringBuilder out, List<SourceMap.Segment> segments) {
    switch (sql) {
      case Text t -> out.append(t.text());
      case Group g -> g.parts().forEach(p -> render(p, out, segments));
      case Node n -> {
        int start = out.length();
        n.parts().forEach(p -> render(p, out, segments));
        segments.add(new SourceMap.Segment(start, out.length(), n.origin(), n.verbatim()));
      }
    }
  }
}
