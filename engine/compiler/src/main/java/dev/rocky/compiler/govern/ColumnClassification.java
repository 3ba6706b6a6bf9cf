package dev.rocky.compiler.govern;

import dev.rocky.core.lineage.ColumnRef;
import java.util.Objects;

/**
 * A model column's classification tag and where it comes from.
 *
 * @param model the model, as declared
 * @param column the column, as the model's schema spells it (or as the sidecar does when the schema lacks it)
 * @param tag the classification tag, as written in the sidecar that declares it
 */
public record ColumnClassification(String model, String column, String tag, Origin origin) {

  public ColumnClassification {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(origin, "origin");
  }

  public ColumnRef ref() {
    return new ColumnRef(model, column);
  }

  public boolean inherited() {
    return origin instanceof Origin.Inherited;
  }

  /** Declared in the model's own {@code [classification]}, or inherited along lineage. */
  public sealed interface Origin {
    /** Declared in the model's sidecar. */
    record Declared() implements Origin {}

    /**
     * Inherited: the column passes {@code from} through unchanged (a direct reference, a cast, or an
     * aggregate such as MIN or MAX that returns one of its inputs); {@code declaredAt} is the column
     * whose sidecar declares the tag, at the end of the chain.
     */
    record Inherited(ColumnRef from, ColumnRef declaredAt) implements Origin {
      public Inherited {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(declaredAt, "declaredAt");
      }
    }
  }
}
