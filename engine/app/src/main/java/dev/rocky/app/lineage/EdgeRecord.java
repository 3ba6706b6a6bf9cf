package dev.rocky.app.lineage;

import dev.rocky.core.lineage.LineageEdge;
import java.util.List;
import java.util.Objects;

/** Rocky's {@code LineageEdgeRecord}: {@code {source, target, transform}} with the transform rendered. */
public record EdgeRecord(QualifiedColumn source, QualifiedColumn target, String transform) {
  public EdgeRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(transform, "transform");
  }

  public static EdgeRecord of(LineageEdge e) {
    return new EdgeRecord(QualifiedColumn.of(e.source()), QualifiedColumn.of(e.target()), e.transform().render());
  }

  public static List<EdgeRecord> of(List<LineageEdge> edges) {
    return edges.stream().map(EdgeRecord::of).toList();
  }
}
