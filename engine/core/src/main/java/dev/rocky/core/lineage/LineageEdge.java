package dev.rocky.core.lineage;

import java.util.Objects;

/** One edge: an upstream column flows into (or shapes) a model's output column. */
public record LineageEdge(ColumnRef source, ColumnRef target, Transform transform) {
  public LineageEdge {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(transform, "transform");
  }
}
