package dev.rocky.catalog.data;

import java.util.Objects;

/**
 * A one-hop column edge into a model: {@code sourceTable.sourceColumn} flows into (or, for an
 * {@code indirect: ...} transform, shapes) the model's {@code targetColumn}.
 */
public record EdgeData(String sourceTable, String sourceColumn, String targetColumn, String transform) {

  public EdgeData {
    Objects.requireNonNull(sourceTable, "sourceTable");
    Objects.requireNonNull(sourceColumn, "sourceColumn");
    Objects.requireNonNull(targetColumn, "targetColumn");
    Objects.requireNonNull(transform, "transform");
  }

  /** Whether a value flows along the edge (an indirect edge only filters, joins or groups). */
  public boolean direct() {
    return !transform.startsWith("indirect");
  }
}
