package dev.rocky.compiler.lineage;

import java.util.Objects;

/**
 * What the graph knows about one column's upstream lineage. Every column of the project has exactly
 * one status; an empty edge list means "no upstream" only for {@link Resolved}.
 */
public sealed interface ColumnStatus {

  /** A model column whose edges are complete: they are all it reads, even when there are none (a literal). */
  record Resolved() implements ColumnStatus {}

  /** A column of a table that is not a model (a declared source or an external table): lineage stops here. */
  record Leaf(LeafKind kind) implements ColumnStatus {
    public Leaf {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** A column whose lineage is not (fully) known, and why. */
  record Unresolved(String reason) implements ColumnStatus {
    public Unresolved {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** No such column: the model's output is fully known and does not list it. */
  record Missing() implements ColumnStatus {}

  /** The kinds of leaf tables. */
  enum LeafKind {
    /** A source declared in {@code sources/*.toml} (or read from the warehouse). */
    SOURCE,
    /** A table that is neither a model nor a declared source; its columns are not known. */
    EXTERNAL
  }
}
