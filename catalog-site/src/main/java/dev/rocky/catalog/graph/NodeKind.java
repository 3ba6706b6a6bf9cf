package dev.rocky.catalog.graph;

/** What a node of a lineage graph stands for. */
public enum NodeKind {
  /** A model of the project: it has a page. */
  MODEL,
  /** A declared source table: it has a page. */
  SOURCE,
  /** A table some model reads that nothing declares: no page. */
  TABLE,
  /** Stands for the neighbours left out of a crowded graph. */
  MORE;

  /** The short spelling the browser payload and CSS classes use. */
  public String id() {
    return switch (this) {
      case MODEL -> "m";
      case SOURCE -> "s";
      case TABLE -> "t";
      case MORE -> "x";
    };
  }
}
